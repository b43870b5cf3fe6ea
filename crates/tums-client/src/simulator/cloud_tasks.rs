//! Simulator state of the 2026 chapters that need it: cloud-recording tasks (1.4.9),
//! AI inspection tasks (1.4.10) and the device-entrust callback configuration with its
//! address probe (1.4.11.2/3), plus [`Simulator::entrust_callback`].
//!
//! Bad input gets the platform's codes: -20107 非法参数 (missing or malformed members,
//! unknown task or file ids — the text documents no dedicated code), -20106 参数值超出范围
//! (page sizes, day counts), -82400 when the callback address does not answer the probe
//! with `{"error_code":0}` (1.4.11.2). Tasks finish at once (state 10 / taskStatus 2).

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use client_core::Endpoint;
use serde_json::{json, Value};

use super::{err, ok, Answer, PushOutcome, Simulator, State};
use crate::api::ai_inspection::{
    BatchDeleteAiTaskResult, GetAiInspectionTaskResult, StartAiInspectionTask,
    StartAiInspectionTaskWithImage,
};
use crate::api::cloud_recording::{
    DeleteFile, GetTaskFilePage, GetTaskInfo, GetTaskPage, SubmitCaptureImageTask,
    SubmitCaptureVideoTask,
};
use crate::api::device_entrust::{
    EntrustCallback, GetEntrustDeviceCallbackConfig, SetEntrustDeviceCallbackConfig,
};

/// Most tasks kept (the oldest are forgotten beyond it).
const MAX_TASKS: usize = 10_000;

struct CaptureTask {
    capture_type: i64,
    create_time: String,
    files: Vec<String>,
}

struct AiTask {
    results: Vec<Value>,
}

#[derive(Clone)]
struct EntrustConfig {
    enabled: bool,
    address: Option<String>,
    secret_key: Option<String>,
}

/// The state of this module (one field of the simulator's `State`).
#[derive(Default)]
pub(crate) struct CloudTasks {
    next_id: u64,
    /// Capture tasks by id, in creation order (ids increase).
    capture: BTreeMap<u64, CaptureTask>,
    /// file id → (task id, bytes).
    files: BTreeMap<String, (u64, i64)>,
    ai: BTreeMap<String, AiTask>,
    ai_deleted: BTreeSet<String>,
    entrust: Option<EntrustConfig>,
}

impl CloudTasks {
    fn id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }
}

fn str_of<'a>(p: &'a Value, key: &str) -> Option<&'a str> {
    p.get(key)
        .and_then(Value::as_str)
        .filter(|s| !s.trim().is_empty())
}

fn int_of(p: &Value, key: &str) -> Option<i64> {
    match p.get(key)? {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

fn has_device(p: &Value) -> bool {
    str_of(p, "qrCode").is_some() || str_of(p, "mac").is_some()
}

fn now_compact() -> String {
    // UTC+8, as the platform writes its times.
    (chrono::Utc::now() + chrono::TimeDelta::hours(8))
        .format("%Y%m%d%H%M%S")
        .to_string()
}

/// Routes the paths of this module; `None` for any other path. Takes the raw body:
/// `startAiInspectionTaskWithImage` may be a multipart form.
pub(crate) fn handle(st: &mut State, path: &str, body: &[u8]) -> Option<Answer> {
    let mine = [
        SubmitCaptureImageTask::PATH,
        SubmitCaptureVideoTask::PATH,
        GetTaskPage::PATH,
        GetTaskInfo::PATH,
        GetTaskFilePage::PATH,
        DeleteFile::PATH,
        StartAiInspectionTask::PATH,
        StartAiInspectionTaskWithImage::PATH,
        GetAiInspectionTaskResult::PATH,
        BatchDeleteAiTaskResult::PATH,
        SetEntrustDeviceCallbackConfig::PATH,
        GetEntrustDeviceCallbackConfig::PATH,
    ];
    if !mine.contains(&path) {
        return None;
    }
    if path == StartAiInspectionTaskWithImage::PATH {
        return Some(start_with_image(st, body));
    }
    let params: Value = if body.iter().all(u8::is_ascii_whitespace) {
        json!({})
    } else {
        match serde_json::from_slice(body) {
            Ok(v @ Value::Object(_)) => v,
            _ => return Some(err(-10100)),
        }
    };
    let t = &mut st.cloud_tasks;
    let answer = match path {
        p if p == SubmitCaptureImageTask::PATH || p == SubmitCaptureVideoTask::PATH => {
            submit(t, &params, p == SubmitCaptureVideoTask::PATH)
        }
        p if p == GetTaskPage::PATH => task_page(t, &params),
        p if p == GetTaskInfo::PATH => match task_of(t, &params) {
            Ok(id) => ok(task_json(id, &t.capture[&id])),
            Err(a) => a,
        },
        p if p == GetTaskFilePage::PATH => file_page(t, &params),
        p if p == DeleteFile::PATH => delete_file(t, &params),
        p if p == StartAiInspectionTask::PATH => start_ai(t, &params),
        p if p == GetAiInspectionTaskResult::PATH => {
            let Some(id) = str_of(&params, "taskId") else {
                return Some(err(-20107));
            };
            match t.ai.get(id) {
                Some(task) => ok(json!({"taskStatus": 2, "taskResultList": task.results})),
                None if t.ai_deleted.contains(id) => err(-20107),
                // Never created here: the documented example answers.
                None => return None,
            }
        }
        p if p == BatchDeleteAiTaskResult::PATH => {
            let ids: Vec<String> = params
                .get("taskIdList")
                .and_then(Value::as_array)
                .map(|l| {
                    l.iter()
                        .filter_map(|v| v.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            if ids.is_empty() || ids.len() > 20 {
                return Some(err(-20106));
            }
            for id in ids {
                if t.ai.remove(&id).is_some() {
                    t.ai_deleted.insert(id);
                }
            }
            ok(Value::Null)
        }
        p if p == SetEntrustDeviceCallbackConfig::PATH => set_entrust(t, &params),
        p if p == GetEntrustDeviceCallbackConfig::PATH => match &t.entrust {
            Some(c) => {
                let mut r = json!({"enableCallback": i64::from(c.enabled)});
                if let Some(a) = &c.address {
                    r["callbackAddress"] = json!(a);
                }
                if let Some(k) = &c.secret_key {
                    r["secretKey"] = json!(k);
                }
                ok(r)
            }
            None => return None,
        },
        _ => return None,
    };
    Some(answer)
}

fn submit(t: &mut CloudTasks, p: &Value, video: bool) -> Answer {
    let Some(kind) = int_of(p, "type") else {
        return err(-20107);
    };
    if !has_device(p) || int_of(p, "channelId").is_none_or(|c| c < 1) {
        return err(-20107);
    }
    let needs: &[&str] = match (video, kind) {
        (false, 1) => &[],
        (false, 2) => &["playbackTime"],
        (false, 3) => &["imageId"],
        (true, 101) => &["liveRecordEndTime"],
        (true, 102) => &["playbackStartTime", "playbackEndTime"],
        _ => return err(-20107),
    };
    if needs.iter().any(|k| str_of(p, k).is_none()) {
        return err(-20107);
    }
    if let Some(d) = int_of(p, "expireDays") {
        if !(1..=730).contains(&d) {
            return err(-20106);
        }
    }
    let id = t.id();
    let file = format!("{}", 900_000 + id);
    let bytes = if video { 2_200_000 } else { 220_000 };
    t.files.insert(file.clone(), (id, bytes));
    t.capture.insert(
        id,
        CaptureTask {
            capture_type: kind,
            create_time: now_compact(),
            files: vec![file],
        },
    );
    while t.capture.len() > MAX_TASKS {
        if let Some((_, old)) = t.capture.pop_first() {
            for f in old.files {
                t.files.remove(&f);
            }
        }
    }
    ok(json!({"taskId": id.to_string()}))
}

fn task_json(id: u64, task: &CaptureTask) -> Value {
    json!({
        "taskId": id.to_string(),
        "type": task.capture_type,
        "state": 10,
        "fileCount": task.files.len(),
        "totalBytes": if task.capture_type >= 101 { 2_200_000 } else { 220_000 } * task.files.len() as i64,
        "error_code": 0,
        "createTime": task.create_time,
    })
}

fn task_of(t: &CloudTasks, p: &Value) -> Result<u64, Answer> {
    let id = match p.get("taskId") {
        Some(Value::String(s)) => s.parse::<u64>().ok(),
        Some(Value::Number(n)) => n.as_u64(),
        _ => None,
    };
    id.filter(|id| t.capture.contains_key(id))
        .ok_or(err(-20107))
}

/// `(pageIndex, pageSize)` with pageSize in `[1, 50]`.
fn paging(p: &Value) -> Result<(usize, usize), Answer> {
    let index = int_of(p, "pageIndex")
        .filter(|i| *i >= 0)
        .ok_or(err(-20107))?;
    let size = int_of(p, "pageSize").ok_or(err(-20107))?;
    if !(1..=50).contains(&size) {
        return Err(err(-20106));
    }
    Ok((index as usize, size as usize))
}

fn task_page(t: &CloudTasks, p: &Value) -> Answer {
    let (index, size) = match paging(p) {
        Ok(v) => v,
        Err(a) => return a,
    };
    // Newest first.
    let list: Vec<Value> = t
        .capture
        .iter()
        .rev()
        .skip(index.saturating_mul(size))
        .take(size)
        .map(|(id, task)| task_json(*id, task))
        .collect();
    ok(json!({"total": t.capture.len(), "list": list}))
}

fn file_page(t: &CloudTasks, p: &Value) -> Answer {
    let id = match task_of(t, p) {
        Ok(id) => id,
        Err(a) => return a,
    };
    let (index, size) = match paging(p) {
        Ok(v) => v,
        Err(a) => return a,
    };
    let urls = p.get("urlRequired").and_then(Value::as_bool) == Some(true);
    let task = &t.capture[&id];
    let list: Vec<Value> = task
        .files
        .iter()
        .rev()
        .skip(index.saturating_mul(size))
        .take(size)
        .map(|f| {
            let mut v = json!({
                "fileId": f,
                "taskId": id.to_string(),
                "segmentCount": 1,
                "totalBytes": t.files.get(f).map_or(0, |(_, b)| *b),
                "createTime": task.create_time,
                "expireTime": null,
            });
            if urls {
                v["urls"] = json!([format!("https://sim.invalid/videoFetch/{f}")]);
            }
            v
        })
        .collect();
    ok(json!({"total": task.files.len(), "list": list}))
}

fn delete_file(t: &mut CloudTasks, p: &Value) -> Answer {
    let Some(file) = str_of(p, "fileId") else {
        return err(-20107);
    };
    let Some((task, _)) = t.files.remove(file) else {
        return err(-20107);
    };
    if let Some(task) = t.capture.get_mut(&task) {
        task.files.retain(|f| f != file);
    }
    ok(json!({}))
}

fn algorithms(p: &Value) -> Option<Vec<String>> {
    let list: Vec<String> = p
        .get("algorithmIdList")?
        .as_array()?
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    (!list.is_empty()).then_some(list)
}

fn result(target: &Value, algorithm: &str, file_name: &str) -> Value {
    json!({
        "qrCode": target.get("qrCode").cloned().unwrap_or(Value::Null),
        "mac": target.get("mac").cloned().unwrap_or(Value::Null),
        "channelId": target.get("channelId").cloned().unwrap_or(Value::Null),
        "imageUrl": "https://sim.invalid/aiImageDetect/picture.jpg",
        "fileName": file_name,
        "imageTime": now_compact(),
        "algorithmId": algorithm,
        "isMultiOutputFormat": false,
        "algorithmResult": "QUALIFIED",
    })
}

fn store_ai(t: &mut CloudTasks, results: Vec<Value>) -> Answer {
    let id = format!(
        "{:032x}",
        u128::from(t.id()) + 0x1407_447e_996c_f697_0000_0000_0000_0000
    );
    t.ai.insert(id.clone(), AiTask { results });
    while t.ai.len() > MAX_TASKS {
        t.ai.pop_first();
    }
    ok(json!({"taskId": id}))
}

fn start_ai(t: &mut CloudTasks, p: &Value) -> Answer {
    let Some(algs) = algorithms(p) else {
        return err(-20107);
    };
    let devs = p
        .get("devList")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if devs.is_empty() || devs.iter().any(|d| !has_device(d)) {
        return err(-20107);
    }
    if devs.len() * algs.len() > 50 {
        return err(-20106);
    }
    match int_of(p, "type") {
        Some(1) => {}
        Some(2) if str_of(p, "playbackTime").is_some() => {}
        _ => return err(-20107),
    }
    let results = devs
        .iter()
        .flat_map(|d| algs.iter().map(move |a| result(d, a, "")))
        .collect();
    store_ai(t, results)
}

/// One part of a multipart body: its name, file name and content.
struct Part<'a> {
    name: String,
    file_name: Option<String>,
    data: &'a [u8],
}

fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|i| i + from)
}

fn quoted(header: &str, key: &str) -> Option<String> {
    let at = header.find(&format!("{key}=\""))? + key.len() + 2;
    let end = header[at..].find('"')? + at;
    Some(header[at..end].to_owned())
}

/// Splits a `multipart/form-data` body; the boundary is read from its first line.
/// `None` when the body is not a well-formed form.
fn multipart(body: &[u8]) -> Option<Vec<Part<'_>>> {
    let first = find(body, b"\r\n", 0)?;
    let delimiter = body.get(..first)?.to_vec();
    if !delimiter.starts_with(b"--") || delimiter.len() < 3 {
        return None;
    }
    let mut parts = Vec::new();
    let mut at = first + 2;
    let mut next = [b"\r\n".as_slice(), &delimiter].concat();
    loop {
        let head_end = find(body, b"\r\n\r\n", at)?;
        let headers = std::str::from_utf8(&body[at..head_end]).ok()?;
        let data_start = head_end + 4;
        let data_end = find(body, &next, data_start)?;
        let disposition = headers
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("content-disposition"))?;
        parts.push(Part {
            name: quoted(disposition, "name")?,
            file_name: quoted(disposition, "filename"),
            data: &body[data_start..data_end],
        });
        let after = data_end + next.len();
        if body.get(after..after + 2) == Some(b"--") {
            return Some(parts);
        }
        at = after + 2;
        if parts.len() > 64 {
            return None;
        }
        next = [b"\r\n".as_slice(), &delimiter].concat();
    }
}

fn start_with_image(st: &mut State, body: &[u8]) -> Answer {
    let t = &mut st.cloud_tasks;
    if body.starts_with(b"--") {
        let Some(parts) = multipart(body) else {
            return err(-20107);
        };
        let files: Vec<&Part<'_>> = parts.iter().filter(|p| p.name == "imageFiles").collect();
        let Some(params) = parts
            .iter()
            .find(|p| p.name == "params")
            .and_then(|p| serde_json::from_slice::<Value>(p.data).ok())
        else {
            return err(-20107);
        };
        if files.is_empty()
            || files.len() > 5
            || files
                .iter()
                .any(|f| f.data.is_empty() || f.data.len() > 5 * 1024 * 1024)
        {
            return err(-20106);
        }
        let Some(algs) = algorithms(&params) else {
            return err(-20107);
        };
        if files.len() * algs.len() > 50 {
            return err(-20106);
        }
        let results = files
            .iter()
            .flat_map(|f| {
                let name = f.file_name.clone().unwrap_or_default();
                algs.iter()
                    .map(move |a| result(&json!({}), a, &name))
                    .collect::<Vec<_>>()
            })
            .collect();
        return store_ai(t, results);
    }
    let Ok(params) = serde_json::from_slice::<Value>(body) else {
        return err(-10100);
    };
    let Some(algs) = algorithms(&params) else {
        return err(-20107);
    };
    let images = params
        .get("imageInfoList")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if images.is_empty() || images.iter().any(|i| str_of(i, "fileUrl").is_none()) {
        return err(-20107);
    }
    if images.len() * algs.len() > 50 {
        return err(-20106);
    }
    let results = images
        .iter()
        .flat_map(|i| {
            let name = str_of(i, "fileName").unwrap_or_default().to_owned();
            algs.iter()
                .map(move |a| result(&json!({}), a, &name))
                .collect::<Vec<_>>()
        })
        .collect();
    store_ai(t, results)
}

/// POSTs `body` to `url` with the entrust signature when `key` is set; the answer's
/// status and body. Runs on its own thread and runtime (the simulator answers
/// synchronously), bounded by a 10 s timeout.
fn post_blocking(url: &str, key: Option<&str>, body: Vec<u8>) -> Result<(u16, Vec<u8>), String> {
    let url = url.to_owned();
    let header = key.map(|k| crate::entrust::header_value(k, &body));
    let worker = std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        runtime.block_on(async move {
            let mut req = client_core::reexports::reqwest::Client::new()
                .post(url)
                .header("content-type", "application/json;charset=UTF-8")
                .timeout(Duration::from_secs(10))
                .body(body);
            if let Some(h) = header {
                req = req.header(crate::entrust::SIGNATURE_HEADER, h);
            }
            let resp = req.send().await.map_err(|e| e.without_url().to_string())?;
            let status = resp.status().as_u16();
            let bytes = resp
                .bytes()
                .await
                .map_err(|e| e.without_url().to_string())?;
            Ok((status, bytes.to_vec()))
        })
    });
    worker
        .join()
        .map_err(|_| "the probe thread panicked".to_owned())?
}

fn set_entrust(t: &mut CloudTasks, p: &Value) -> Answer {
    let enabled = match int_of(p, "enableCallback") {
        Some(0) => false,
        Some(1) => true,
        _ => return err(-20107),
    };
    let address = str_of(p, "callbackAddress").map(str::to_owned);
    let secret_key = str_of(p, "secretKey").map(str::to_owned);
    if secret_key.as_ref().is_some_and(|k| k.chars().count() > 32)
        || address.as_ref().is_some_and(|a| a.chars().count() > 1024)
    {
        return err(-20106);
    }
    if enabled {
        let Some(url) = &address else {
            return err(-20107);
        };
        // 1.4.11.2: the cloud POSTs "{}" and needs {"error_code":0} back, else -82400.
        let passed = match post_blocking(url, secret_key.as_deref(), b"{}".to_vec()) {
            Ok((200, body)) => {
                serde_json::from_slice::<Value>(&body)
                    .ok()
                    .and_then(|v| v.get("error_code").and_then(Value::as_i64))
                    == Some(0)
            }
            _ => false,
        };
        if !passed {
            return err(-82400);
        }
    }
    t.entrust = Some(EntrustConfig {
        enabled,
        address,
        secret_key,
    });
    ok(Value::Null)
}

impl Simulator {
    /// Sends `callback` the way the cloud notifies entrust changes (1.4.11.4): POSTs its
    /// JSON to the `callbackAddress` set with setEntrustDeviceCallbackConfig, with
    /// `X-Authorization: Signature=…` when a `secretKey` was set.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// use tums_client::api::device_entrust::EntrustCallback;
    /// use tums_client::simulator::{PushOutcome, Simulator};
    /// let sim = Simulator::start().await?;
    /// // Nothing configured yet.
    /// assert_eq!(sim.entrust_callback(&EntrustCallback::default()).await, PushOutcome::NotSubscribed);
    /// # Ok(()) }
    /// ```
    pub async fn entrust_callback(&self, callback: &EntrustCallback) -> PushOutcome {
        let config = self.lock().cloud_tasks.entrust.clone();
        let Some(EntrustConfig {
            enabled: true,
            address: Some(url),
            secret_key,
        }) = config
        else {
            return PushOutcome::NotSubscribed;
        };
        let body = match serde_json::to_vec(callback) {
            Ok(b) => b,
            Err(e) => return PushOutcome::Failed(e.to_string()),
        };
        let mut req = client_core::reexports::reqwest::Client::new()
            .post(url)
            .header("content-type", "application/json;charset=UTF-8")
            .timeout(Duration::from_secs(10));
        if let Some(k) = &secret_key {
            req = req.header(
                crate::entrust::SIGNATURE_HEADER,
                crate::entrust::header_value(k, &body),
            );
        }
        match req.body(body).send().await {
            Ok(resp) => PushOutcome::Delivered(resp.status().as_u16()),
            Err(e) => PushOutcome::Failed(e.without_url().to_string()),
        }
    }

    /// The number of cloud-recording tasks and AI inspection tasks held.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let sim = tums_client::simulator::Simulator::start().await?;
    /// assert_eq!(sim.task_counts(), (0, 0));
    /// # Ok(()) }
    /// ```
    pub fn task_counts(&self) -> (usize, usize) {
        let st = self.lock();
        (st.cloud_tasks.capture.len(), st.cloud_tasks.ai.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_bodies_split() {
        let body = b"--XyZ\r\nContent-Disposition: form-data; name=\"imageFiles\"; filename=\"a.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8\r\n--XyZ\r\nContent-Disposition: form-data; name=\"params\"\r\nContent-Type: application/json\r\n\r\n{\"algorithmIdList\":[\"x\"]}\r\n--XyZ--\r\n";
        let parts = multipart(body).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].file_name.as_deref(), Some("a.jpg"));
        assert_eq!(parts[0].data, b"\xff\xd8");
        assert_eq!(parts[1].name, "params");
        assert!(multipart(b"--XyZ\r\nno headers").is_none());
        assert!(multipart(b"{}").is_none());
    }
}
