//! Signing and pagination costs: what every request pays before it reaches the wire.
//!
//! ```text
//! cargo bench --bench signing
//! ```

use std::hint::black_box;

use anfang::core::{paginate, Error, Page, PaginateOptions};
use anfang::signing::{hongtu, lenfocus, mcs8, tums};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use futures::TryStreamExt;

fn signing(c: &mut Criterion) {
    let body_1k = format!(
        r#"{{"pageNum":1,"pageSize":10,"name":"{}"}}"#,
        "x".repeat(1000)
    );
    let mut g = c.benchmark_group("sign");
    g.throughput(Throughput::Bytes(body_1k.len() as u64));
    g.bench_function("tums_x_authorization_1k_body", |b| {
        b.iter(|| {
            tums::sign(
                &tums::TumsRequest {
                    method: "POST",
                    path: "/tums/open/resource/v1/addRegion",
                    payload: black_box(body_1k.as_bytes()),
                },
                &tums::TumsCredentials {
                    access_key: "ak",
                    secret_key: "sk",
                    terminal_id: "t",
                },
                1_706_701_924,
                "1407447e996cf697488957375fd03d98",
            )
        })
    });
    g.bench_function("hongtu_csign_1k_body", |b| {
        b.iter(|| {
            hongtu::sign(
                &hongtu::HongtuRequest {
                    uri: "/v1/api/person/list",
                    method: "POST",
                    query: "",
                    body: Some(black_box(body_1k.as_bytes())),
                },
                &hongtu::HongtuCredentials {
                    app_key: "appkey1",
                    secret: "sdfajk3242324fa!djq7",
                },
                1_627_300_328_673,
                "123434",
            )
        })
    });
    g.finish();
    c.bench_function("mcs8_login_signature", |b| {
        b.iter(|| mcs8::login_signature(black_box("000000"), 1_700_000_000))
    });
    c.bench_function("lenfocus_param_signature_4", |b| {
        b.iter(|| {
            lenfocus::param_signature(
                black_box([
                    ("sn", "Y3CA123489"),
                    ("did", "876433"),
                    ("ts", "1658029108"),
                    ("appid", "FUN790386"),
                ]),
                "AABBCC112233",
            )
        })
    });
    let pem = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/auth-signing/fixtures/signing/test-device-key.pkcs1.pem"
    ))
    .expect("test key present");
    let signer = lenfocus::ConnectSigner::from_pem(&pem).expect("test key parses");
    c.bench_function("lenfocus_connect_signature_rsa2048", |b| {
        b.iter(|| signer.sign(black_box("LF1234567890123"), "AB12CD34", 1_658_029_108))
    });
}

fn pagination(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let items: std::sync::Arc<Vec<u64>> = std::sync::Arc::new((0..10_000).collect());
    let mut g = c.benchmark_group("paginate");
    g.throughput(Throughput::Elements(items.len() as u64));
    g.bench_function("10k_items_pages_of_100", |b| {
        b.iter(|| {
            let items = items.clone();
            rt.block_on(async move {
                let stream = paginate(PaginateOptions::new(100), move |req| {
                    let page: Vec<u64> = items
                        .iter()
                        .skip(req.offset() as usize)
                        .take(req.size as usize)
                        .copied()
                        .collect();
                    async move { Ok::<_, Error>(Page::new(page, Some(10_000))) }
                });
                let all: Vec<u64> = stream.try_collect().await.expect("in-memory pages");
                assert_eq!(all.len(), 10_000);
            })
        })
    });
    g.finish();
}

criterion_group!(benches, signing, pagination);
criterion_main!(benches);
