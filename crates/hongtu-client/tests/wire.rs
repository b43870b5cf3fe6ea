//! What goes on the wire, checked against a bare recording server (not the simulator):
//! exactly the four signing headers of 接口鉴权 1.1 with valid values, the JSON
//! Content-Type of the seed's demo (`application/json;charset=UTF-8`), `{}` for a
//! request without parameters, nothing for the GET endpoints, and `multipart/form-data`
//! with an empty `requestBodyMD5` for uploads.
#![cfg(feature = "simulator")]

use std::time::Duration;

use auth_signing::hongtu::{verify, BodyDigest, HongtuCredentials, SignedParts};
use client_core::{PageRequest, Paged};
use hongtu_client::api::person::{PersonList, PersonUuidSwitch, UploadImage};
use hongtu_client::api::security_config::QueryFaceConfig;
use hongtu_client::dict::PersonType;
use hongtu_client::{Client, ImageFile};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const APP_KEY: &str = "appkey1";
const SECRET: &str = "sdfajk3242324fa!djq7";
const PHOTO: &[u8] = include_bytes!("../fixtures/hongtu/images/face.png");

/// Headers every HTTP client adds by itself; anything else must be one of the four.
const TRANSPORT_HEADERS: &[&str] = &[
    "host",
    "user-agent",
    "accept",
    "accept-encoding",
    "content-type",
    "content-length",
    "connection",
    "transfer-encoding",
];

async fn mock(server: &MockServer, m: &str, p: &str, data: serde_json::Value) {
    let body = serde_json::json!({"code": 0, "msg": "成功", "data": data});
    Mock::given(method(m))
        .and(path(p))
        .respond_with(ResponseTemplate::new(200).set_body_json(body))
        .mount(server)
        .await;
}

fn client(server: &MockServer) -> Client {
    Client::builder()
        .base_url(server.uri())
        .credentials(APP_KEY, SECRET)
        .build()
        .unwrap()
}

fn header<'a>(req: &'a Request, name: &str) -> &'a str {
    req.headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_else(|| panic!("{} lacks {name}", req.url.path()))
}

/// Checks the four signing headers (names, formats, signature) and that no other
/// non-transport header is sent.
fn assert_signed(req: &Request, digest: BodyDigest<'_>) {
    let p = req.url.path();
    for name in req.headers.keys() {
        let name = name.as_str();
        assert!(
            ["ctimestamp", "cnonce", "cappkey", "csign"].contains(&name)
                || TRANSPORT_HEADERS.contains(&name),
            "{p}: unexpected header {name}"
        );
    }
    let ts = header(req, "ctimestamp");
    let now = client_core::unix_millis();
    let ts_ms: i64 = ts.parse().expect("ctimestamp is an integer");
    assert!(
        (ts_ms - now as i64).abs() < 60_000,
        "{p}: ctimestamp {ts} is not UNIX ms"
    );
    let nonce = header(req, "cnonce");
    assert_eq!(nonce.len(), 6, "{p}: cnonce {nonce:?}");
    assert!(nonce.bytes().all(|b| b.is_ascii_alphanumeric()));
    assert_eq!(header(req, "cappkey"), APP_KEY);
    let sign = header(req, "csign");
    assert_eq!(sign.len(), 32);
    assert!(sign.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')));
    assert!(
        verify(
            &SignedParts {
                uri: p,
                method: req.method.as_str(),
                query: req.url.query().unwrap_or(""),
                body: digest,
            },
            &HongtuCredentials {
                app_key: APP_KEY,
                secret: SECRET,
            },
            ts,
            nonce,
            sign
        ),
        "{p}: csign does not verify"
    );
}

#[tokio::test]
async fn requests_on_the_wire_follow_the_seed() {
    let server = MockServer::start().await;
    mock(
        &server,
        "POST",
        "/v1/api/person/list",
        serde_json::json!({"pageNum": 1, "pageSize": 20, "total": 0, "list": []}),
    )
    .await;
    mock(
        &server,
        "POST",
        "/v1/api/global/sys/config/queryFaceConfigInfo",
        serde_json::json!({"faceConfigStatus": 0}),
    )
    .await;
    mock(
        &server,
        "GET",
        "/v1/api/person/personUuidSwitch",
        serde_json::json!({"personUuidSwitch": 0, "personUuidSwitchMsg": "已关闭"}),
    )
    .await;
    mock(
        &server,
        "POST",
        "/v1/api/person/uploadImage",
        serde_json::json!({"uri": "_ZzEwMF9mb3JldmVyQnVja2V0_abc"}),
    )
    .await;
    let client = client(&server);

    let run = async {
        let mut list = PersonList::of_type(PersonType::Employee);
        list.set_page(PageRequest { index: 0, size: 20 });
        client.send(&list).await.unwrap();
        client.send(&QueryFaceConfig::default()).await.unwrap();
        client.send(&PersonUuidSwitch::default()).await.unwrap();
        let up = client
            .upload(&UploadImage {
                file: ImageFile::new("face.png", PHOTO),
            })
            .await
            .unwrap();
        assert!(up.uri.is_some());
    };
    tokio::time::timeout(Duration::from_secs(20), run)
        .await
        .expect("bounded");

    let reqs = server.received_requests().await.unwrap();
    assert_eq!(reqs.len(), 4, "no retries, no extra requests");

    let list = &reqs[0];
    assert_eq!(list.method.as_str(), "POST");
    assert_eq!(
        header(list, "content-type"),
        "application/json;charset=UTF-8"
    );
    assert_eq!(list.body, br#"{"pageNum":1,"pageSize":20,"type":1}"#);
    assert_signed(list, BodyDigest::Json(&list.body));

    let empty = &reqs[1];
    assert_eq!(
        header(empty, "content-type"),
        "application/json;charset=UTF-8"
    );
    assert_eq!(empty.body, b"{}");
    assert_signed(empty, BodyDigest::Json(b"{}"));

    let get = &reqs[2];
    assert_eq!(get.method.as_str(), "GET");
    assert!(get.body.is_empty());
    assert!(get.url.query().is_none());
    assert!(get.headers.get("content-type").is_none());
    // 接口鉴权 1.2: requestBodyMD5 is the MD5 of "{}" unless the call is an upload.
    assert_signed(get, BodyDigest::EmptyJson);

    let upload = &reqs[3];
    let ct = header(upload, "content-type");
    assert!(ct.starts_with("multipart/form-data; boundary="), "{ct}");
    let body = String::from_utf8_lossy(&upload.body);
    assert!(
        body.contains(r#"name="file"; filename="face.png""#),
        "{body}"
    );
    assert!(body.contains("Content-Type: image/png"));
    // 接口鉴权 1.2: requestBodyMD5 may be empty only for file uploads.
    assert_signed(upload, BodyDigest::Multipart);
}

/// `total` is optional (非必须) in several list answers: a box that leaves it out is
/// paged until the first short page instead of stopping after page 1.
#[tokio::test]
async fn a_list_without_total_is_paged_to_the_first_short_page() {
    use futures::TryStreamExt;
    use wiremock::matchers::body_partial_json;
    let server = MockServer::start().await;
    let person = |uuid: &str| serde_json::json!({"uuid": uuid, "name": uuid});
    for (page, list) in [
        (1, vec![person("a"), person("b")]),
        (2, vec![person("c"), person("d")]),
        (3, vec![person("e")]),
    ] {
        let body = serde_json::json!({"code": 0, "msg": "成功", "data": {"list": list}});
        Mock::given(method("POST"))
            .and(path("/v1/api/person/list"))
            .and(body_partial_json(serde_json::json!({"pageNum": page})))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
    }
    let client = client(&server);
    let req = PersonList {
        page_size: Some(2),
        ..PersonList::of_type(PersonType::Employee)
    };
    let people: Vec<_> = tokio::time::timeout(
        Duration::from_secs(20),
        client.stream(req).try_collect::<Vec<_>>(),
    )
    .await
    .expect("bounded")
    .unwrap();
    let uuids: Vec<_> = people.iter().map(|p| p.uuid.as_str()).collect();
    assert_eq!(uuids, ["a", "b", "c", "d", "e"]);
    assert_eq!(server.received_requests().await.unwrap().len(), 3);
}
