//! Benchmark `call` (issue 11, row 1): one TUMS call through the SDK
//! (`tums_client::Client::send(&AddRegion)`) against a hand-written call of the same
//! request bytes — `reqwest` + `serde_json` + `auth_signing::tums::authorization` — on the same
//! loopback server answering the same fixed envelope.
//!
//! * sequential: one caller, SDK and baseline calls interleaved in alternating
//!   rounds, ratio of the median time per call;
//! * concurrent: 64 callers at once, rounds alternating SDK / baseline, ratio of the
//!   median round time (the inverse of the throughput ratio).
//!
//! Before timing, the requests the server received from both are compared: same
//! method, path, header names and body bytes (only the signature's timestamp and nonce
//! differ).

use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tums_client::api::region::{AddRegion, AddedRegion};

use crate::support::{self, median, Config, Goal, Loopback, Report};

const PATH: &str = "/tums/open/resource/v1/addRegion";
const ANSWER: &[u8] =
    br#"{"error_code":0,"msg":"success","result":{"regionId":"7","regionLevel":1,"order":1}}"#;
const AK: &str = "bench-ak";
const SK: &str = "bench-sk";
const TERMINAL: &str = "0123456789abcdef0123456789abcdef";
/// What the SDK sends as `Content-Type` for TUMS.
const CONTENT_TYPE: &str = "application/json;charset=UTF-8";
/// The SDK's default `User-Agent`.
const USER_AGENT: &str = concat!("anfang/", env!("CARGO_PKG_VERSION"));
/// Concurrent callers of the throughput measurement.
const CALLERS: usize = 64;

/// The hand-written request body: the same members in the same order as `AddRegion`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Body<'a> {
    region_name: &'a str,
    parent_id: &'a str,
}

/// The hand-written envelope and payload.
#[derive(Deserialize)]
struct Answer {
    error_code: i64,
    #[allow(dead_code)]
    msg: Option<String>,
    result: Option<Added>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Added {
    region_id: String,
    #[allow(dead_code)]
    region_level: i64,
    #[allow(dead_code)]
    order: i64,
}

/// The hand-written call: what a careful user would write without the SDK (a pooled
/// client with the same timeout and user agent, a fresh signature per call).
struct Baseline {
    http: reqwest::Client,
    url: String,
}

impl Baseline {
    fn new(base: &str) -> Self {
        let http = reqwest::Client::builder()
            .user_agent(USER_AGENT)
            .timeout(Duration::from_secs(30))
            .build()
            .expect("reqwest client");
        Self {
            http,
            url: format!("{base}{PATH}"),
        }
    }

    async fn call(&self) -> String {
        let body = serde_json::to_vec(&Body {
            region_name: "Building A",
            parent_id: "0",
        })
        .expect("encode");
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        let header = auth_signing::tums::authorization(
            &auth_signing::tums::TumsRequest {
                method: "POST",
                path: PATH,
                payload: &body,
            },
            &auth_signing::tums::TumsCredentials {
                access_key: AK,
                secret_key: SK,
                terminal_id: TERMINAL,
            },
            now,
            &client_core::uuid_nonce(),
        )
        .expect("sign");
        let resp = self
            .http
            .post(&self.url)
            .header(reqwest::header::CONTENT_TYPE, CONTENT_TYPE)
            .header(auth_signing::tums::HEADER, header)
            .body(body)
            .send()
            .await
            .expect("baseline send");
        assert!(resp.status().is_success());
        let bytes = resp.bytes().await.expect("baseline body");
        let answer: Answer = serde_json::from_slice(&bytes).expect("baseline decode");
        assert_eq!(answer.error_code, 0);
        answer.result.expect("a result").region_id
    }
}

async fn sdk_call(client: &tums_client::Client) -> AddedRegion {
    client
        .send(&AddRegion::new("Building A", "0"))
        .await
        .expect("SDK send")
}

/// Runs this benchmark and adds its rows to `report`.
pub fn run(cfg: &Config, report: &mut Report) {
    let rt = support::runtime();
    rt.block_on(async {
        let handler: support::Handler =
            Arc::new(|_path: &str, _body: &[u8]| bytes::Bytes::from_static(ANSWER));
        let server = Loopback::start(handler, Duration::ZERO).await;
        let client = tums_client::Client::builder()
            .base_url(server.base_url())
            .credentials(AK, SK)
            .terminal_id(TERMINAL)
            .build()
            .expect("SDK client");
        let baseline = Arc::new(Baseline::new(&server.base_url()));

        // Same bytes: one call each, then compare what the server saw.
        assert_eq!(sdk_call(&client).await.region_id, "7");
        assert_eq!(baseline.call().await, "7");
        same_request(&server.seen());

        // Warm both connection pools.
        for _ in 0..cfg.size(200, 5) {
            sdk_call(&client).await;
            baseline.call().await;
        }

        // Sequential.
        let (samples, iters) = cfg.size((41, 200), (3, 3));
        let before = support::alloc_count();
        let n_alloc = cfg.size(1000, 10);
        for _ in 0..n_alloc {
            sdk_call(&client).await;
        }
        let sdk_allocs = (support::alloc_count() - before) as f64 / f64::from(n_alloc);
        let before = support::alloc_count();
        for _ in 0..n_alloc {
            baseline.call().await;
        }
        let base_allocs = (support::alloc_count() - before) as f64 / f64::from(n_alloc);
        let (sdk, base) = support::side_by_side_async(
            samples,
            iters,
            || async {
                sdk_call(&client).await;
            },
            || async {
                baseline.call().await;
            },
        )
        .await;
        report.ratio(
            "call",
            "TUMS call, SDK vs hand-written reqwest+serde+sign, sequential median",
            sdk,
            base,
            Goal::AtMost(1.05),
        );
        report.value(
            "call",
            "allocations per call (SDK, whole process incl. server)",
            sdk_allocs,
            "",
            Goal::None,
            format!("baseline {base_allocs:.1} per call"),
        );
        // What a caller's task holds for one call: a larger state machine is more to
        // initialise and move on every call.
        let sdk_future = std::mem::size_of_val(&sdk_call(&client));
        let base_future = std::mem::size_of_val(&baseline.call());
        report.value(
            "call",
            "size of one call's future (SDK send, bytes)",
            sdk_future as f64,
            "",
            Goal::None,
            format!("baseline {base_future} bytes"),
        );

        // 64 concurrent callers.
        let (rounds, per_caller) = cfg.size((41, 40), (2, 2));
        let (mut ts, mut tb) = (Vec::new(), Vec::new());
        for round in 0..rounds {
            for pass in 0..2 {
                let sdk_first = (round % 2 == 0) == (pass == 0);
                let started = Instant::now();
                let mut tasks = Vec::with_capacity(CALLERS);
                for _ in 0..CALLERS {
                    let client = client.clone();
                    let baseline = baseline.clone();
                    tasks.push(tokio::spawn(async move {
                        for _ in 0..per_caller {
                            if sdk_first {
                                sdk_call(&client).await;
                            } else {
                                baseline.call().await;
                            }
                        }
                    }));
                }
                for t in tasks {
                    t.await.expect("caller task");
                }
                let took = started.elapsed();
                if sdk_first {
                    ts.push(took);
                } else {
                    tb.push(took);
                }
            }
        }
        let (ts, tb) = (median(ts), median(tb));
        let calls = (CALLERS * per_caller) as u32;
        report.ratio(
            "call",
            format!("TUMS call, {CALLERS} concurrent callers, time per round (1/throughput)"),
            ts / calls,
            tb / calls,
            Goal::AtMost(1.05),
        );
    });
}

/// Asserts the SDK's first request and the baseline's carry the same bytes.
fn same_request(seen: &[support::Seen]) {
    assert!(seen.len() >= 2, "both requests reached the server");
    let (sdk, base) = (&seen[0], &seen[1]);
    assert_eq!(sdk.method, base.method);
    assert_eq!(sdk.target, base.target);
    assert_eq!(sdk.body, base.body, "same body bytes");
    let names = |s: &support::Seen| {
        let mut n: Vec<(String, String)> = s
            .headers
            .iter()
            .map(|(k, v)| {
                // The signature differs per call (timestamp, nonce): compare its name.
                let v = if k == "x-authorization" {
                    String::new()
                } else {
                    v.clone()
                };
                (k.clone(), v)
            })
            .collect();
        n.sort();
        n
    };
    assert_eq!(names(sdk), names(base), "same headers");
}
