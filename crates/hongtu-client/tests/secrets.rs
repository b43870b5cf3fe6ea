//! Issue 10 item 2 (C of the hardening brief): no credential leaves the client in an
//! error, a `Debug`/`Display` or a log line.
//!
//! * Which answers are credential answers is computed, not listed: every endpoint's
//!   documented answer is read with a planted secret in every password-like member
//!   (`password`, `userPassword`, `rtspUrl` with credentials …) at every depth; when
//!   the typed answer keeps it, the endpoint must be `SENSITIVE_RESPONSE`.
//! * Then every such endpoint is called against a raw loopback server answering the
//!   planted secret in a body that fails to decode, with `tracing` captured at TRACE:
//!   the secret must not appear in the error's `Display` or `Debug`, nor in the log.
//!   The signing secret and the passwords of the requests are planted too.

#[macro_use]
mod endpoint_list;
mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use client_core::envelope::{Envelope, EnvelopeKeys};
use client_core::{Endpoint, Prepared, RetryPolicy, Secret};
use hongtu_client::api;
use hongtu_client::{Client, Upload};
use serde_json::Value;
use support::raw_server::{self, Reply};

const PLANTED: &str = "PLANTED-7c1e9f-secret";
const SIGNING_SECRET: &str = "SIGNING-5b2d8a-secret";
const REQUEST_PASSWORD: &str = "REQPW-93ad1c";

/// Members that carry a credential in a Hongtu answer or request.
const CREDENTIAL_KEYS: &[&str] = &["password", "userPassword", "pwd", "secretKey", "rtspUrl"];

/// What `CREDENTIAL_KEYS` get in an answer.
fn planted(key: &str) -> Value {
    if key == "rtspUrl" {
        Value::from(format!(
            "rtsp://10.0.0.9/user=admin&password={PLANTED}&channel=1"
        ))
    } else {
        Value::from(PLANTED)
    }
}

/// Plants the secret in every object of `v`.
fn plant(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for child in map.values_mut() {
                plant(child);
            }
            for key in CREDENTIAL_KEYS {
                map.insert((*key).to_owned(), planted(key));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(plant),
        _ => {}
    }
}

/// (type name, path, sensitive flag, "does the typed answer keep a planted secret",
/// "a failing body with the secret in it").
type Row = (
    &'static str,
    &'static str,
    bool,
    fn(&[u8]) -> bool,
    fn(&Value) -> Option<Vec<u8>>,
);

const KEYS: EnvelopeKeys = EnvelopeKeys::new(&["code"], &["msg"], &["data"]);

fn keeps_secret<T: serde::de::DeserializeOwned + serde::Serialize>(body: &[u8]) -> bool {
    let env = Envelope::parse(body, &KEYS).unwrap();
    match env.decode::<T>() {
        Ok(v) => serde_json::to_string(&v).unwrap().contains(PLANTED),
        Err(_) => true, // cannot tell: treat as a credential answer
    }
}

/// A body that fails to decode as `T` and carries the planted secret before the
/// failure: the planted data with one member after another replaced by a value of
/// the wrong shape until decoding fails.
fn failing_body<T: serde::de::DeserializeOwned>(data: &Value) -> Option<Vec<u8>> {
    let bad = serde_json::json!({"wrong": [true, {"shape": null}]});
    let wrap = |d: &Value| {
        serde_json::to_vec(&serde_json::json!({"code": 0, "msg": "成功", "data": d})).unwrap()
    };
    let decodes = |d: &Value| {
        Envelope::parse(&wrap(d), &KEYS)
            .unwrap()
            .decode::<T>()
            .is_ok()
    };
    if !decodes(data) {
        return Some(wrap(data));
    }
    fn members(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
        match v {
            Value::Object(map) => {
                for (k, child) in map {
                    at.push(Value::from(k.as_str()));
                    out.push(at.clone());
                    members(child, at, out);
                    at.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    at.push(Value::from(i));
                    members(child, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut paths = Vec::new();
    members(data, &mut Vec::new(), &mut paths);
    for path in paths {
        let key = path.last().unwrap().as_str().unwrap();
        if CREDENTIAL_KEYS.contains(&key) {
            continue;
        }
        let mut d = data.clone();
        let mut cur = &mut d;
        for step in &path[..path.len() - 1] {
            cur = match step {
                Value::String(k) => cur.get_mut(k.as_str()).unwrap(),
                Value::Number(i) => cur.get_mut(i.as_u64().unwrap() as usize).unwrap(),
                _ => unreachable!(),
            };
        }
        cur[key] = bad.clone();
        if !decodes(&d) {
            return Some(wrap(&d));
        }
    }
    None
}

macro_rules! rows {
    (uploads: [$($um:ident :: $ut:ident),* $(,)?], endpoints: [$($m:ident :: $t:ident),* $(,)?] $(,)?) => {{
        let mut all: Vec<Row> = vec![$((
            concat!(stringify!($um), "::", stringify!($ut)),
            <api::$um::$ut as Upload>::PATH,
            // Uploads answer a file URI; they have no sensitive flag.
            false,
            keeps_secret::<<api::$um::$ut as Upload>::Response> as fn(&[u8]) -> bool,
            failing_body::<<api::$um::$ut as Upload>::Response> as fn(&Value) -> Option<Vec<u8>>,
        )),*];
        all.extend(vec![$((
            concat!(stringify!($m), "::", stringify!($t)),
            <api::$m::$t as Endpoint>::PATH,
            <api::$m::$t as Endpoint>::SENSITIVE_RESPONSE,
            keeps_secret::<<api::$m::$t as Endpoint>::Response> as fn(&[u8]) -> bool,
            failing_body::<<api::$m::$t as Endpoint>::Response> as fn(&Value) -> Option<Vec<u8>>,
        )),*]);
        all
    }};
}

#[allow(deprecated)]
fn rows() -> Vec<Row> {
    every_endpoint!(rows)
}

/// The documented answer of `path` (its first response fixture), planted.
fn planted_answer(path: &str) -> Value {
    let stem = path.trim_start_matches("/v1/api/").replace('/', ".");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/hongtu");
    for module in std::fs::read_dir(&root).unwrap() {
        let f = module.unwrap().path().join(format!("{stem}.response.json"));
        if f.exists() {
            let mut env: Value =
                serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
            if let Some(data) = env.get_mut("data") {
                plant(data);
            }
            return env;
        }
    }
    panic!("no response fixture for {path}");
}

/// The credential endpoints: those whose typed answer keeps a planted secret.
fn credential_rows() -> Vec<(Row, Value)> {
    rows()
        .into_iter()
        .filter_map(|row| {
            let env = planted_answer(row.1);
            let body = serde_json::to_vec(&env).unwrap();
            (row.3)(&body).then_some((row, env))
        })
        .collect()
}

#[test]
fn every_answer_that_keeps_a_credential_is_a_sensitive_endpoint() {
    let creds = credential_rows();
    let names: Vec<_> = creds.iter().map(|(r, _)| r.0).collect();
    println!("credential answers: {names:?}");
    let missing: Vec<_> = creds
        .iter()
        .filter(|(r, _)| !r.2)
        .map(|(r, _)| format!("{} ({})", r.0, r.1))
        .collect();
    assert!(
        missing.is_empty(),
        "credential answers not marked sensitive: {missing:?}"
    );
    for must in [
        "person::PersonList",
        "person::PersonsByUuid",
        "person::PersonQuery",
        "person::BatchAddPersons",
        "device::QueryDeviceInfo",
        "device::AddDevice",
        "device::QueryDeployableDevices",
    ] {
        assert!(
            names.contains(&must),
            "{must} not found as a credential answer"
        );
    }
}

/// A `tracing` writer into a shared buffer.
#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every secret of this test, and where it must not appear.
fn assert_clean(what: &str, text: &str) {
    for secret in [PLANTED, SIGNING_SECRET, REQUEST_PASSWORD] {
        assert!(!text.contains(secret), "{what} leaks {secret}: {text}");
    }
}

/// One test function (the subscriber is process-global so every thread's events are
/// captured, and the test owns its runtime).
#[test]
fn planted_secrets_stay_out_of_errors_debug_and_trace_logs() {
    let buffer = Buffer::default();
    let writer = buffer.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let creds = credential_rows();
        let bodies: Arc<Vec<(String, Vec<u8>)>> = Arc::new(
            creds
                .iter()
                .map(|((name, path, _, _, failing), env)| {
                    let body =
                        failing(&env["data"]).unwrap_or_else(|| panic!("{name}: no failing body"));
                    assert!(String::from_utf8_lossy(&body).contains(PLANTED));
                    ((*path).to_owned(), body)
                })
                .collect(),
        );
        let served = Arc::clone(&bodies);
        let server = raw_server::serve(move |seen| {
            let body = served
                .iter()
                .find(|(p, _)| p == seen.path())
                .map(|(_, b)| b.clone())
                .unwrap_or_else(|| br#"{"code":0,"msg":"ok"}"#.to_vec());
            Reply::json(body)
        })
        .await;
        let client = Client::builder()
            .base_url(server.url())
            .credentials("appkey1", Secret::new(SIGNING_SECRET))
            .retry_policy(RetryPolicy::none())
            .timeout(Duration::from_secs(10))
            .build()
            .unwrap();
        assert_clean("client Debug", &format!("{client:?}"));

        // Every credential answer, failing to decode.
        for ((name, path, ..), _) in &creds {
            let req = Prepared::new(http::Method::POST, *path).with_json("{}");
            // `raw_prepared` reads any body as an envelope: it succeeds here; the typed
            // calls below are the failing decodes.
            let _ = client.raw_prepared(&req).await;
            let err = typed_call(&client, name)
                .await
                .expect_err("the planted body does not decode");
            assert_clean(&format!("{name} error Display"), &err.to_string());
            assert_clean(&format!("{name} error Debug"), &format!("{err:?}"));
            println!("{name}: {err}");
        }

        // Requests that carry passwords: nothing of them in the log either.
        let mut person = api::person::PersonInput::employee("Alice");
        person.password = Some(Secret::new(REQUEST_PASSWORD));
        let _ = client
            .send(&api::person::BatchAddPersons {
                person_list: vec![person.clone()],
            })
            .await;
        let _ = client.send(&api::person::UpdatePerson(person)).await;
        let add = add_device(REQUEST_PASSWORD);
        assert_clean("AddDevice Debug", &format!("{add:?}"));
        let _ = client.send(&add).await;
        assert!(server.seen().len() >= creds.len() * 2);
    });
    drop(rt);
    let log = String::from_utf8(buffer.0.lock().unwrap().clone()).unwrap();
    assert!(
        log.contains("TRACE") || log.contains("DEBUG"),
        "the capture works: {} bytes",
        log.len()
    );
    assert_clean("TRACE log", &log);
    println!("{} bytes of TRACE log scanned", log.len());
}

/// The typed call of a credential endpoint, by name.
async fn typed_call(client: &Client, name: &str) -> Result<(), hongtu_client::Error> {
    use api::{device, person};
    let uuid = || "u1".to_owned();
    match name {
        "person::PersonList" => client.send(&person::PersonList::default()).await.map(drop),
        "person::PersonsByUuid" => client
            .send(&person::PersonsByUuid {
                uuid_list: vec![uuid()],
            })
            .await
            .map(drop),
        "person::PersonQuery" => client
            .send(&person::PersonQuery { uuid: uuid() })
            .await
            .map(drop),
        "person::BatchAddPersons" => client
            .send(&person::BatchAddPersons {
                person_list: vec![person::PersonInput::employee("Bob")],
            })
            .await
            .map(drop),
        "device::QueryDeviceInfo" => client
            .send(&request::<device::QueryDeviceInfo>(
                "device/device.queryDeviceInfo.request.json",
            ))
            .await
            .map(drop),
        "device::AddDevice" => client.send(&add_device("x")).await.map(drop),
        "device::QueryDeployableDevices" => client
            .send(&request::<device::QueryDeployableDevices>(
                "device/device.queryDeviceControl.request.json",
            ))
            .await
            .map(drop),
        other => {
            // Any other credential answer found by the scan: through `raw`'s typed
            // sibling is not available by name, so fail loudly to get it added here.
            panic!("add a typed call for {other}")
        }
    }
}

/// The documented `device/add` request with this password.
fn add_device(password: &str) -> api::device::AddDevice {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/hongtu/device/device.add.request.json");
    let mut req: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    req["userPassword"] = Value::from(password);
    serde_json::from_value(req).unwrap()
}

/// A documented request fixture.
fn request<T: serde::de::DeserializeOwned>(path: &str) -> T {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/hongtu")
        .join(path);
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}
