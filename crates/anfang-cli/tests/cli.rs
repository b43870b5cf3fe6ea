//! The `anfang` binary against the embedded simulators (each run as `anfang sim` in a
//! child process on loopback, ephemeral ports). Every wait is bounded.

use std::collections::HashMap;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_anfang");
const WAIT: Duration = Duration::from_secs(60);

/// `anfang` with no platform variables inherited.
fn anfang() -> Command {
    let mut c = Command::new(BIN);
    for (k, _) in std::env::vars() {
        if ["TUMS_", "HONGTU_", "MCS8_", "LENFOCUS_", "ANFANG_"]
            .iter()
            .any(|p| k.starts_with(p))
        {
            c.env_remove(k);
        }
    }
    c
}

fn run(cmd: &mut Command) -> Output {
    cmd.stdin(Stdio::null()).output().expect("anfang runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A running `anfang sim`: its banner values and its later output lines.
struct Sim {
    child: Child,
    banner: HashMap<String, String>,
    lines: mpsc::Receiver<String>,
}

impl Sim {
    fn start(platform: &str, state: Option<&str>) -> Sim {
        let mut cmd = anfang();
        cmd.args(["sim", platform]);
        let dir = tempfile::tempdir().unwrap();
        if let Some(s) = state {
            let p = dir.path().join("state.json");
            std::fs::write(&p, s).unwrap();
            cmd.arg("--state").arg(&p);
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .stdin(Stdio::null())
            .spawn()
            .expect("sim starts");
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut banner = HashMap::new();
        loop {
            let line = rx
                .recv_timeout(WAIT)
                .expect("the simulator prints its banner");
            if line.starts_with("ready") {
                break;
            }
            if let Some((k, v)) = line.split_once(": ") {
                banner.insert(k.to_owned(), v.to_owned());
            }
        }
        drop(dir);
        Sim {
            child,
            banner,
            lines: rx,
        }
    }

    fn get(&self, k: &str) -> &str {
        self.banner.get(k).map(String::as_str).unwrap_or_default()
    }

    /// A command with this simulator's credentials in the environment.
    fn cmd(&self, vars: &[(&str, &str)]) -> Command {
        let mut c = anfang();
        for (var, key) in vars {
            c.env(var, self.get(key));
        }
        c
    }

    fn wait_line(&self, needle: &str) -> String {
        let deadline = std::time::Instant::now() + WAIT;
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match self.lines.recv_timeout(left) {
                Ok(l) if l.contains(needle) => return l,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        panic!("no line containing {needle:?}");
    }

    /// Ctrl-C, then the exit status.
    fn interrupt(mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        Command::new("kill").args(["-INT", &pid]).status().unwrap();
        let deadline = std::time::Instant::now() + WAIT;
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the simulator did not stop"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn tums(sim: &Sim) -> Command {
    sim.cmd(&[
        ("TUMS_BASE_URL", "base_url"),
        ("TUMS_AK", "TUMS_AK"),
        ("TUMS_SK", "TUMS_SK"),
    ])
}

fn mcs8(sim: &Sim) -> Command {
    sim.cmd(&[
        ("MCS8_BASE_URL", "base_url"),
        ("MCS8_USERNAME", "MCS8_USERNAME"),
        ("MCS8_PASSWORD", "MCS8_PASSWORD"),
    ])
}

fn hongtu(sim: &Sim) -> Command {
    sim.cmd(&[
        ("HONGTU_BASE_URL", "base_url"),
        ("HONGTU_APP_KEY", "HONGTU_APP_KEY"),
        ("HONGTU_SECRET", "HONGTU_SECRET"),
    ])
}

// ---- sign: the seeds' worked examples (fixtures/signing/vectors.json of auth-signing).

#[test]
fn sign_prints_the_seeds_worked_examples() {
    let dir = tempfile::tempdir().unwrap();
    let body = dir.path().join("body.json");
    std::fs::write(
        &body,
        r#"{"regionName":"root1.2","order":2,"parentId":"1"}"#,
    )
    .unwrap();
    let o = run(anfang()
        .env("TUMS_SK", "example-secret-key")
        .args([
            "sign",
            "tums",
            "--path",
            "/tums/open/resource/v1/addRegion",
            "--ak",
        ])
        .arg("ZDkxZmIyNTc2NTg4NTg2ODcxNDE3NTI3YzMyNWU0")
        .args([
            "--timestamp",
            "1706701924",
            "--nonce",
            "1407447e996cf697488957375fd03d98",
        ])
        .args([
            "--terminal-id",
            "fa5d13475934410b9398a95be95f7079",
            "--body-file",
        ])
        .arg(&body));
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("hashedCanonicalRequest: 8f7e42bb45bdb1d3211924e4e8e279e3d2fb3504fd2ce1e478df2178823ae028"), "{text}");
    assert!(text.contains("credentialScope: POST /tums/open/resource/v1/addRegion tp-link_request"));
    assert!(text
        .contains("signature: a1217dc72f0533133d948755d8affe8ebd07b0baa60827afb866a65b986e997b"));
    assert!(!text.contains("example-secret-key"));

    std::fs::write(&body, r#"{"pageNum":1,"pageSize":10}"#).unwrap();
    let o = run(anfang()
        .env("HONGTU_SECRET", "sdfajk3242324fa!djq7")
        .args([
            "sign",
            "hongtu",
            "--uri",
            "/v1/api/person/list",
            "--app-key",
            "appkey1",
        ])
        .args([
            "--timestamp-ms",
            "1627300328673",
            "--nonce",
            "1234344",
            "--json",
            "--body-file",
        ])
        .arg(&body));
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["csign"], "52141def7a1e346ceee2f22c43d5fb97");
    assert!(
        !stdout(&o).contains("sdfajk3242324fa!djq7"),
        "the secret is redacted"
    );

    let o = run(anfang()
        .env("LENFOCUS_SECRET", "AABBCC112233")
        .args([
            "sign",
            "lenfocus",
            "--param",
            "sn=Y3CA123489",
            "--param",
            "did=876433",
        ])
        .args(["--param", "ts=1658029108", "--param", "appid=FUN790386"]));
    assert!(o.status.success());
    assert!(stdout(&o).contains("sign: C7C164B353F05DF3E219E82FC4619912"));
    assert!(stdout(&o).contains("string: appidFUN790386did876433snY3CA123489ts1658029108<secret>"));

    let o = run(anfang().env("MCS8_PASSWORD", "000000").args([
        "sign",
        "mcs8",
        "--udef-t",
        "1700000000",
    ]));
    assert!(o.status.success());
    assert!(stdout(&o)
        .contains("password: 007972d17695beac6344f8a01d38f9c5aacfe8f4a856225755e82f1a90aeb269"));

    // No secret anywhere: a usage error, exit 2.
    let o = run(anfang().args(["sign", "mcs8"]));
    assert_eq!(o.status.code(), Some(2));
}

// ---- verify: wrong key, skewed clock, tampered body.

fn captured_tums(dir: &std::path::Path, body_sent: &str, body_signed: &str) -> std::path::PathBuf {
    let b = dir.join("signed.json");
    std::fs::write(&b, body_signed).unwrap();
    let o = run(anfang()
        .env("TUMS_SK", "right-key")
        .args([
            "sign",
            "tums",
            "--ak",
            "ak1",
            "--path",
            "/tums/open/resource/v1/addRegion",
        ])
        .args([
            "--timestamp",
            "1706701924",
            "--nonce",
            "n1",
            "--json",
            "--body-file",
        ])
        .arg(&b));
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let req = format!(
        "POST /tums/open/resource/v1/addRegion HTTP/1.1\r\nHost: x\r\nX-Authorization: {}\r\nContent-Type: application/json\r\n\r\n{body_sent}",
        v["X-Authorization"].as_str().unwrap()
    );
    let p = dir.join("captured.http");
    std::fs::write(&p, req).unwrap();
    p
}

fn verify(captured: &std::path::Path, key: &str, now: i64, extra: &[&str]) -> Output {
    run(anfang()
        .env("VERIFY_KEY", key)
        .args([
            "verify",
            "tums",
            "--id",
            "ak1",
            "--secret-env",
            "VERIFY_KEY",
            "--request",
        ])
        .arg(captured)
        .args(["--now", &now.to_string()])
        .args(extra))
}

#[test]
fn verify_finds_a_wrong_key_a_skewed_clock_and_a_tampered_body() {
    let dir = tempfile::tempdir().unwrap();
    let body = r#"{"regionName":"a","parentId":"0"}"#;
    let p = captured_tums(dir.path(), body, body);
    let ok = verify(&p, "right-key", 1706701924, &[]);
    assert!(ok.status.success(), "{}", stdout(&ok));
    assert!(stdout(&ok).contains("signature: valid"));

    let wrong = verify(&p, "wrong-key", 1706701924, &[]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(stdout(&wrong).contains("- key:"), "{}", stdout(&wrong));

    let skew = verify(&p, "right-key", 1706701924 + 900, &[]);
    assert_eq!(skew.status.code(), Some(1));
    assert!(stdout(&skew).contains("signature: valid"));
    assert!(
        stdout(&skew).contains("clock skew: Timestamp is 900s behind"),
        "{}",
        stdout(&skew)
    );

    // A proxy re-formatted the body: the compact form is what was signed.
    let pretty = "{\n  \"regionName\": \"a\",\n  \"parentId\": \"0\"\n}";
    let p = captured_tums(dir.path(), pretty, body);
    let t = verify(&p, "right-key", 1706701924, &[]);
    assert_eq!(t.status.code(), Some(1));
    assert!(
        stdout(&t).contains("body digest: the signature covers the compact JSON form"),
        "{}",
        stdout(&t)
    );

    // A member changed on the way: the client's own body tells it from a wrong key.
    let tampered = r#"{"regionName":"b","parentId":"0"}"#;
    let p = captured_tums(dir.path(), tampered, body);
    let signed = dir.path().join("client-body.json");
    std::fs::write(&signed, body).unwrap();
    let t = verify(
        &p,
        "right-key",
        1706701924,
        &["--signed-body", signed.to_str().unwrap()],
    );
    assert_eq!(t.status.code(), Some(1));
    assert!(
        stdout(&t).contains("body digest: the signature covers the body your client signed"),
        "{}",
        stdout(&t)
    );
}

// ---- list, call and --all on each HTTP platform; sim serves a plain HTTP client.

#[test]
fn tums_list_call_all_and_a_plain_http_client() {
    let sim = Sim::start("tums", Some(r#"{"regions": 25}"#));
    let o = run(tums(&sim).args(["tums", "list"]));
    assert!(stdout(&o).contains("/tums/open/resource/v1/addRegion"));
    assert!(stdout(&o).contains("添加分组"));

    let o = run(tums(&sim).args([
        "tums",
        "call",
        "GetPagedRootRegions",
        "--json",
        r#"{"start":0,"limit":5}"#,
    ]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["error_code"], 0);
    let total = v["result"]["total"].as_u64().unwrap();
    assert!(total >= 25);

    let o = run(tums(&sim)
        .args(["tums", "call", "/tums/open/resource/v1/getPagedRootRegions"])
        .args([
            "--json",
            r#"{"start":0,"limit":7}"#,
            "--all",
            "--format",
            "jsonl",
        ]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).lines().count() as u64, total);

    // A vendor error is exit 1 with the envelope printed.
    let o = run(tums(&sim).args([
        "tums",
        "call",
        "DeleteRegion",
        "--json",
        r#"{"regionId":"1"}"#,
    ]));
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).contains("-80405"));
    // A request that fails validation, or an unknown endpoint, is exit 2.
    let o = run(tums(&sim).args([
        "tums",
        "call",
        "AddRegion",
        "--json",
        r#"{"regionName":"","parentId":"0"}"#,
    ]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(tums(&sim).args(["tums", "call", "NoSuchEndpoint"]));
    assert_eq!(o.status.code(), Some(2));

    // Any HTTP client in any language: an unsigned request is answered and logged.
    let addr = sim.get("base_url").trim_start_matches("http://").to_owned();
    let mut s = std::net::TcpStream::connect(&addr).unwrap();
    s.set_read_timeout(Some(WAIT)).unwrap();
    s.write_all(b"POST /tums/open/resource/v1/getPagedRootRegions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}").unwrap();
    let mut answer = String::new();
    s.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 "), "{answer}");
    assert!(answer.contains("error_code"), "{answer}");
    sim.wait_line("POST /tums/open/resource/v1/getPagedRootRegions");
    assert!(sim.interrupt().success());
}

#[test]
fn mcs8_call_all_csv_and_gps_export() {
    let sim = Sim::start("mcs8", Some(r#"{"devices": 23, "unlimited_logins": true}"#));
    let o = run(mcs8(&sim).args([
        "mcs8",
        "call",
        "DevList",
        "--all",
        "--format",
        "csv",
        "--page-size",
        "5",
    ]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = stdout(&o);
    let mut lines = text.lines();
    assert!(lines.next().unwrap().contains("deviceId"));
    assert_eq!(lines.count(), 23);

    let dir = tempfile::tempdir().unwrap();
    let day = sim.get("gps_day").to_owned();
    let dev = sim.get("device").to_owned();
    let next = chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d")
        .unwrap()
        .succ_opt()
        .unwrap()
        .to_string();
    let csv = dir.path().join("t.csv");
    let o = run(mcs8(&sim)
        .args([
            "mcs8",
            "gps-export",
            "--dev",
            &dev,
            "--from",
            &day,
            "--to",
            &next,
        ])
        .args(["--window-hours", "6", "--format", "csv", "-o"])
        .arg(&csv));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("from 4 windows"));
    let text = std::fs::read_to_string(&csv).unwrap();
    let mut rows = text.lines();
    assert_eq!(rows.next(), Some("time,lng,lat,accuracy"));
    let rows: Vec<_> = rows.collect();
    assert!(rows.len() > 1000);
    for r in &rows {
        let cells: Vec<_> = r.split(',').collect();
        assert_eq!(cells.len(), 4, "{r}");
        let lng: f64 = cells[1].parse().unwrap();
        let lat: f64 = cells[2].parse().unwrap();
        assert!((-180.0..=180.0).contains(&lng) && (-90.0..=90.0).contains(&lat));
    }

    let geo = dir.path().join("t.geojson");
    let o = run(mcs8(&sim)
        .args([
            "mcs8",
            "gps-export",
            "--dev",
            &dev,
            "--from",
            &day,
            "--to",
            &next,
        ])
        .args(["--format", "geojson", "--quiet", "-o"])
        .arg(&geo));
    assert!(o.status.success());
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&geo).unwrap()).unwrap();
    assert_eq!(v["type"], "FeatureCollection");
    let coords = v["features"][0]["geometry"]["coordinates"]
        .as_array()
        .unwrap();
    assert_eq!(coords.len(), rows.len());
    assert_eq!(coords[0].as_array().unwrap().len(), 2);
}

#[test]
fn hongtu_call_and_all() {
    let items: Vec<serde_json::Value> = (0..12)
        .map(|i| serde_json::json!({"uuid": format!("u{i}"), "name": format!("p{i}")}))
        .collect();
    let state = serde_json::json!({"lists": {"/v1/api/person/list": items}}).to_string();
    let sim = Sim::start("hongtu", Some(&state));
    let o = run(hongtu(&sim).args(["hongtu", "list", "--filter", "POST   /v1/api/person/list "]));
    let name = stdout(&o)
        .split_whitespace()
        .nth(2)
        .unwrap_or_default()
        .to_owned();
    assert!(!name.is_empty(), "{}", stdout(&o));
    let o = run(hongtu(&sim).args([
        "hongtu",
        "call",
        &name,
        "--json",
        r#"{"pageNum":1,"pageSize":5}"#,
    ]));
    assert!(
        o.status.success(),
        "{} {}",
        stdout(&o),
        String::from_utf8_lossy(&o.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["code"], 0);
    let o = run(hongtu(&sim).args([
        "hongtu",
        "call",
        &name,
        "--json",
        r#"{"pageNum":1,"pageSize":5}"#,
        "--all",
        "--format",
        "jsonl",
    ]));
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(stdout(&o).lines().count(), 12);
}

// ---- fleet: 50 devices hold their sessions for a few seconds.

#[test]
fn fleet_of_50_holds_its_sessions() {
    let sim = Sim::start("lenfocus", Some(r#"{"devices": 50, "heartbeat_secs": 1}"#));
    let o = run(anfang().args([
        "lenfocus",
        "fleet",
        "--devices",
        "50",
        "--ws",
        sim.get("ws_url"),
        "--duration",
        "3",
    ]));
    let text = stdout(&o);
    assert!(
        o.status.success(),
        "{text} {}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(text.contains("connected 50/50"), "{text}");
    assert!(!text.contains("heartbeats 0 "), "{text}");
}
