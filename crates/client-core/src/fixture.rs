//! Fixture round-trip checks (feature `test-util`).
//!
//! [`assert_round_trip`] proves three things about a documented JSON example and
//! its typed struct:
//!
//! 1. the example decodes into the type;
//! 2. encoding the value and decoding it again gives an equal value;
//! 3. **no member of the example is lost**: every key of the example (recursively,
//!    keys trimmed, `null` members excepted) is present in the re-encoded JSON, so a
//!    field the struct forgot cannot hide behind serde's ignoring of unknown keys.

use std::fmt::Debug;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::lenient::trim_keys;

/// Reads a fixture file relative to the workspace `fixtures/` directory.
///
/// `manifest_dir` is the calling crate's `env!("CARGO_MANIFEST_DIR")`; the workspace
/// root is found by walking up to the directory that contains `fixtures/`.
pub fn read_fixture(manifest_dir: &str, relative: &str) -> String {
    let path = fixtures_dir(manifest_dir).join(relative);
    match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => panic!("cannot read fixture {}: {e}", path.display()),
    }
}

/// The workspace `fixtures/` directory.
pub fn fixtures_dir(manifest_dir: &str) -> PathBuf {
    let mut dir = Path::new(manifest_dir).to_path_buf();
    loop {
        let candidate = dir.join("fixtures");
        if candidate.is_dir() {
            return candidate;
        }
        if !dir.pop() {
            panic!("no fixtures/ directory above {manifest_dir}");
        }
    }
}

/// Keys present in `original` but missing from `encoded`, as JSON-pointer-like paths.
pub fn missing_keys(original: &Value, encoded: &Value) -> Vec<String> {
    let mut out = Vec::new();
    walk(original, encoded, String::new(), &mut out);
    out
}

fn walk(original: &Value, encoded: &Value, path: String, out: &mut Vec<String>) {
    match (original, encoded) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in a {
                if v.is_null() {
                    continue;
                }
                let p = format!("{path}/{k}");
                match b.get(k) {
                    Some(bv) => walk(v, bv, p, out),
                    None => out.push(p),
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (av, bv)) in a.iter().zip(b.iter()).enumerate() {
                walk(av, bv, format!("{path}/{i}"), out);
            }
            if b.len() < a.len() {
                out.push(format!(
                    "{path} (array shortened from {} to {})",
                    a.len(),
                    b.len()
                ));
            }
        }
        // A JSON string holding JSON (the seeds do this) may be re-encoded as an object.
        _ => {}
    }
}

/// Decodes `json` into `T`, re-encodes it, decodes again, and asserts equality and
/// that no member was dropped. Returns the decoded value for further assertions.
///
/// Panics with a readable message on failure (this is a test helper).
pub fn assert_round_trip<T>(json: &str) -> T
where
    T: DeserializeOwned + Serialize + PartialEq + Debug,
{
    let original: Value = match serde_json::from_str(json) {
        Ok(v) => trim_keys(v),
        Err(e) => panic!("fixture is not valid JSON: {e}\n{json}"),
    };
    let typed: T = match serde_json::from_value(original.clone()) {
        Ok(t) => t,
        Err(e) => panic!(
            "fixture does not decode into {}: {e}\n{json}",
            std::any::type_name::<T>()
        ),
    };
    let encoded = match serde_json::to_value(&typed) {
        Ok(v) => v,
        Err(e) => panic!("cannot re-encode {}: {e}", std::any::type_name::<T>()),
    };
    let again: T = match serde_json::from_value(encoded.clone()) {
        Ok(t) => t,
        Err(e) => panic!(
            "re-encoded {} does not decode: {e}\n{encoded}",
            std::any::type_name::<T>()
        ),
    };
    assert_eq!(
        typed,
        again,
        "round trip changed the value of {}",
        std::any::type_name::<T>()
    );
    let missing = missing_keys(&original, &encoded);
    assert!(
        missing.is_empty(),
        "{} drops fixture members {missing:?}\nre-encoded: {encoded}",
        std::any::type_name::<T>()
    );
    typed
}
