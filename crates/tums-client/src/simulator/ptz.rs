//! The simulator's PTZ presets (1.4.4.4.8–1.4.4.4.11 and their GB/T 28181 variants
//! 1.4.22.2.2–1.4.22.2.5) and audio uploads (1.4.4.3.8/9).
//!
//! Presets are kept per target (a TP-LINK `qrCode`/`mac` with `channelId`, or a
//! `deviceGbId`): operatePreset adds one (at the lowest free id when none is given) or
//! renames an existing one, executePreset moves to it, deletePreset removes it;
//! getAllPresets lists them in id order. At most 300 per target. Bad input answers the
//! platform's parameter codes: -20107 (非法参数: a member missing or malformed) and
//! -20106 (参数值超出范围: an unknown preset id, a read-only preset, the 301st preset).
//! playAudioFile accepts a `multipart/form-data` upload with an `audioFile` part of at
//! most 1 MiB and a `params` JSON part, and answers a task id that
//! getPlayAudioTaskStatus reports as finished (2).

use std::collections::{BTreeMap, HashMap, HashSet};

use client_core::Endpoint;
use serde_json::{json, Value};

use super::{err, ok, Answer, State};
use crate::api::device_config as api;

/// One stored preset.
#[derive(Debug, Clone)]
struct SimPreset {
    name: String,
    read_only: bool,
}

/// Presets per target, and the audio tasks issued.
#[derive(Debug, Default)]
pub(crate) struct Ptz {
    presets: HashMap<String, BTreeMap<u32, SimPreset>>,
    audio_tasks: HashSet<String>,
    seq: u64,
}

const MAX_PRESETS: usize = 300;
const MAX_AUDIO: usize = 1024 * 1024;

/// The target a request names: `gb:<id>` or `tp:<qrCode|mac>#<channel>`.
fn target(params: &Value) -> Result<String, i64> {
    let text = |k: &str| {
        params
            .get(k)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    };
    if let Some(gb) = text("deviceGbId") {
        if gb.len() != 20 || !gb.bytes().all(|b| b.is_ascii_digit()) {
            return Err(-20107);
        }
        return Ok(format!("gb:{gb}"));
    }
    let device = text("qrCode").or_else(|| text("mac")).ok_or(-20107)?;
    let channel = params
        .get("channelId")
        .and_then(Value::as_i64)
        .filter(|c| *c >= 1)
        .ok_or(-20107)?;
    Ok(format!("tp:{device}#{channel}"))
}

fn preset_id(params: &Value) -> Result<Option<u32>, i64> {
    match params.get("presetId") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => s.trim().parse().map(Some).map_err(|_| -20107),
        Some(v) => v
            .as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .map(Some)
            .ok_or(-20107),
    }
}

/// Handles the preset and audio endpoints; `None` for other paths. Runs before the
/// router's JSON parsing, since playAudioFile is multipart.
pub(super) fn handle(st: &mut State, path: &str, body: &[u8]) -> Option<Answer> {
    let result = match path {
        p if p == api::PlayAudioFile::PATH => play_audio(&mut st.ptz, body),
        p if p == api::GetPlayAudioTaskStatus::PATH
            || p == api::GetAllPresets::PATH
            || p == api::ExecutePreset::PATH
            || p == api::DeletePreset::PATH
            || p == api::OperatePreset::PATH =>
        {
            match serde_json::from_slice::<Value>(body) {
                Ok(params @ Value::Object(_)) => json_endpoint(&mut st.ptz, path, &params),
                _ => Err(-10100),
            }
        }
        _ => return None,
    };
    Some(result.unwrap_or_else(err))
}

fn json_endpoint(ptz: &mut Ptz, path: &str, params: &Value) -> Result<Answer, i64> {
    if path == api::GetPlayAudioTaskStatus::PATH {
        let id = params.get("taskId").and_then(Value::as_str).ok_or(-20107)?;
        if !ptz.audio_tasks.contains(id) {
            return Err(-20106);
        }
        return Ok(ok(json!({"status": 2, "error_code": 0})));
    }
    let key = target(params)?;
    let gb = key.starts_with("gb:");
    let list = ptz.presets.entry(key.clone()).or_default();
    match path {
        p if p == api::GetAllPresets::PATH => {
            let items: Vec<Value> = list
                .iter()
                .map(|(id, p)| {
                    let mut v = json!({"presetId": id.to_string(), "name": p.name});
                    if !gb {
                        v["readOnly"] = json!(i64::from(p.read_only));
                    }
                    v
                })
                .collect();
            Ok(ok(Value::Array(items)))
        }
        p if p == api::ExecutePreset::PATH => {
            let id = preset_id(params)?.ok_or(-20107)?;
            if !list.contains_key(&id) {
                return Err(-20106);
            }
            Ok(ok(Value::Null))
        }
        p if p == api::DeletePreset::PATH => {
            let id = preset_id(params)?.ok_or(-20107)?;
            match list.get(&id) {
                None => Err(-20106),
                Some(p) if p.read_only => Err(-20106),
                Some(_) => {
                    list.remove(&id);
                    Ok(ok(Value::Null))
                }
            }
        }
        _ => {
            // operatePreset
            let id = preset_id(params)?;
            if gb && id.is_none() {
                return Err(-20107);
            }
            let name = params
                .get("presetName")
                .and_then(Value::as_str)
                .map(str::to_owned);
            match id.filter(|i| list.contains_key(i)) {
                Some(existing) => {
                    let preset = list.get_mut(&existing).ok_or(-20106)?;
                    if preset.read_only {
                        return Err(-20106);
                    }
                    if let Some(n) = name {
                        preset.name = n;
                    }
                }
                None => {
                    if list.len() >= MAX_PRESETS {
                        return Err(-20106);
                    }
                    let new_id = match id {
                        Some(i) if (1..=MAX_PRESETS as u32).contains(&i) => i,
                        Some(_) => return Err(-20106),
                        None => (1..=MAX_PRESETS as u32)
                            .find(|i| !list.contains_key(i))
                            .ok_or(-20106)?,
                    };
                    list.insert(
                        new_id,
                        SimPreset {
                            name: name.unwrap_or_else(|| format!("Preset_{new_id}")),
                            read_only: false,
                        },
                    );
                }
            }
            Ok(ok(Value::Null))
        }
    }
}

/// Splits a multipart body into `(name, data)` parts (boundary read from the first
/// line, as the body starts with `--<boundary>`).
fn multipart_parts(body: &[u8]) -> Option<Vec<(String, &[u8])>> {
    let first_end = body.windows(2).position(|w| w == b"\r\n")?;
    let boundary = body.get(..first_end)?;
    if !boundary.starts_with(b"--") || boundary.len() < 3 {
        return None;
    }
    let mut parts = Vec::new();
    let mut rest = body.get(first_end + 2..)?;
    for _ in 0..16 {
        let end = rest.windows(boundary.len()).position(|w| w == boundary)?;
        let part = rest.get(..end.checked_sub(2)?)?;
        let header_end = part.windows(4).position(|w| w == b"\r\n\r\n")?;
        let headers = std::str::from_utf8(part.get(..header_end)?).ok()?;
        let name = headers
            .split("name=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())?
            .to_owned();
        parts.push((name, part.get(header_end + 4..)?));
        rest = rest.get(end + boundary.len()..)?;
        if rest.starts_with(b"--") {
            return Some(parts);
        }
        rest = rest.get(2..)?;
    }
    None
}

fn play_audio(ptz: &mut Ptz, body: &[u8]) -> Result<Answer, i64> {
    let parts = multipart_parts(body).ok_or(-20107)?;
    let audio = parts
        .iter()
        .find(|(n, _)| n == "audioFile")
        .map(|(_, d)| *d)
        .ok_or(-20107)?;
    if audio.is_empty() || audio.len() > MAX_AUDIO {
        return Err(-20106);
    }
    let params = parts
        .iter()
        .find(|(n, _)| n == "params")
        .and_then(|(_, d)| serde_json::from_slice::<Value>(d).ok())
        .ok_or(-20107)?;
    target(&params)?;
    ptz.seq += 1;
    let task = format!("{:040x}", ptz.seq);
    ptz.audio_tasks.insert(task.clone());
    Ok(ok(json!({"taskId": task})))
}
