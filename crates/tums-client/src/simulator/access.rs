//! Simulator state of the TUMS 2026-08-31 edition's access chapters: permission
//! policies (1.4.1.2–1.4.1.6), temporary keys restricted by policies and devices
//! (1.4.1.1 `policyIdList`/`devList`), and the push signing key (1.4.8.3/4).
//!
//! Errors follow the platform's table (1.5): a policy call with a temporary key
//! -82401 权限不足 ("仅可以使用应用的长期 AK/SK"), an unknown policy -82444 资源不存在, a
//! duplicate name -82445 名称冲突, editing or deleting a default policy -82401, more
//! than 10 000 policies -82451 操作失败, a malformed member -20107 非法参数 (-20106 for a
//! value out of range), and a temporary key calling an API its policies do not allow
//! -10305 访问被拒绝.

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Value};

use super::{err, issue_temp, ok, Answer, Caller, State};
use crate::api::policy::{self, PolicyDetail, MAX_POLICIES};

/// One stored policy.
#[derive(Debug, Clone)]
struct StoredPolicy {
    name: String,
    desc: String,
    detail: PolicyDetail,
    is_default: bool,
    created: String,
    modified: String,
}

/// The id of the default policy every application has (全部接口, allow `/**`).
pub(crate) const DEFAULT_POLICY_ID: u64 = 1;

/// Policies, the policies of each restricted temporary key, and the push key.
#[derive(Debug)]
pub(crate) struct Access {
    policies: BTreeMap<u64, StoredPolicy>,
    next_id: u64,
    key_policies: HashMap<String, Vec<u64>>,
    pub(crate) push_sk: Option<String>,
}

impl Default for Access {
    fn default() -> Self {
        let now = now_text();
        let mut policies = BTreeMap::new();
        policies.insert(
            DEFAULT_POLICY_ID,
            StoredPolicy {
                name: "全部接口".into(),
                desc: "默认策略：允许调用全部接口".into(),
                detail: PolicyDetail::new(vec![policy::PolicyStatement::allow(["/**"])]),
                is_default: true,
                created: now.clone(),
                modified: now,
            },
        );
        Self {
            policies,
            next_id: 2_562_515,
            key_policies: HashMap::new(),
            push_sk: None,
        }
    }
}

fn now_text() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S").to_string()
}

const PREFIX: &str = "/tums/open/credentialManager/v1/";
const SET_SK: &str = "/tums/open/msgTranspond/v1/setAppMsgPushSk";
const GET_SK: &str = "/tums/open/msgTranspond/v1/getAppMsgPushSk";

/// Routes the calls this module owns; `None` for every other path (after checking a
/// restricted temporary key's policies, which may refuse any path with -10305).
pub(crate) fn handle(
    st: &mut State,
    path: &str,
    params: &Value,
    caller: &Caller,
) -> Option<Answer> {
    if caller.temporary {
        if let Some(ids) = st.access.key_policies.get(&caller.access_key) {
            if !allowed(&st.access, ids, path) {
                return Some(err(-10305));
            }
        }
    }
    match path {
        SET_SK => return Some(set_sk(st, params)),
        GET_SK => {
            return Some(ok(
                json!({"sk": st.access.push_sk.clone().unwrap_or_default()}),
            ))
        }
        _ => {}
    }
    let op = path.strip_prefix(PREFIX)?;
    if op == "createTempApplicationApiCredential" {
        return create_restricted_temp(st, params, caller);
    }
    let known = [
        "createPolicy",
        "batchDeletePolicy",
        "editPolicy",
        "getPolicyDetail",
        "queryPolicyList",
    ];
    if !known.contains(&op) {
        return None;
    }
    // 仅可以使用应用的长期 AK/SK 调用 (1.4.1.2–6).
    if caller.temporary {
        return Some(err(-82401));
    }
    Some(match op {
        "createPolicy" => create(st, params),
        "batchDeletePolicy" => batch_delete(st, params),
        "editPolicy" => edit(st, params),
        "getPolicyDetail" => {
            match policy_id(params).and_then(|id| st.access.policies.get(&id).map(|p| (id, p))) {
                Some((id, p)) => ok(policy_json(id, p)),
                None => err(-82444),
            }
        }
        _ => list(st, params),
    })
}

/// deny in any policy refuses; allow in any policy permits (1.4.1.2).
fn allowed(access: &Access, ids: &[u64], path: &str) -> bool {
    let details: Vec<&PolicyDetail> = ids
        .iter()
        .filter_map(|id| access.policies.get(id))
        .map(|p| &p.detail)
        .collect();
    let any = |effect: policy::PolicyEffect| {
        details.iter().any(|d| {
            d.statement
                .iter()
                .filter(|s| s.effect == effect)
                .flat_map(|s| s.api.iter())
                .any(|p| policy::ant_match(p, path))
        })
    };
    !any(policy::PolicyEffect::Deny) && any(policy::PolicyEffect::Allow)
}

fn policy_id(params: &Value) -> Option<u64> {
    match params.get("policyId")? {
        Value::String(s) => s.trim().parse().ok(),
        Value::Number(n) => n.as_u64(),
        _ => None,
    }
}

fn policy_json(id: u64, p: &StoredPolicy) -> Value {
    json!({
        "policyId": id.to_string(),
        "policyName": p.name,
        "policyDesc": p.desc,
        "policyDetail": p.detail,
        "isDefault": p.is_default,
        "createTime": p.created,
        "modifyTime": p.modified,
    })
}

/// A string member of `1..=max` characters, or the error code to answer.
fn text(params: &Value, name: &str, max: usize) -> Result<Option<String>, i64> {
    match params.get(name) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            let n = s.chars().count();
            if n == 0 || n > max {
                Err(-20106)
            } else {
                Ok(Some(s.clone()))
            }
        }
        Some(_) => Err(-20107),
    }
}

fn detail(params: &Value) -> Result<Option<PolicyDetail>, i64> {
    match params.get("policyDetail") {
        None | Some(Value::Null) => Ok(None),
        Some(v) => {
            let d: PolicyDetail = serde_json::from_value(v.clone()).map_err(|_| -20107)?;
            // The same rules the client checks before sending.
            d.check("/").map_err(|_| -20106)?;
            Ok(Some(d))
        }
    }
}

fn name_taken(access: &Access, name: &str, except: Option<u64>) -> bool {
    access
        .policies
        .iter()
        .any(|(id, p)| Some(*id) != except && p.name == name)
}

fn create(st: &mut State, params: &Value) -> Answer {
    let (name, desc, detail) = match (
        text(params, "policyName", 64),
        text(params, "policyDesc", 512),
        detail(params),
    ) {
        (Ok(Some(n)), Ok(Some(d)), Ok(Some(x))) => (n, d, x),
        (Err(c), _, _) | (_, Err(c), _) | (_, _, Err(c)) => return err(c),
        _ => return err(-20107),
    };
    let access = &mut st.access;
    if name_taken(access, &name, None) {
        return err(-82445);
    }
    if access.policies.len() >= MAX_POLICIES {
        return err(-82451);
    }
    let id = access.next_id;
    access.next_id += 1;
    let now = now_text();
    access.policies.insert(
        id,
        StoredPolicy {
            name,
            desc,
            detail,
            is_default: false,
            created: now.clone(),
            modified: now,
        },
    );
    ok(json!({"policyId": id.to_string()}))
}

fn edit(st: &mut State, params: &Value) -> Answer {
    let Some(id) = policy_id(params) else {
        return err(-20107);
    };
    let (name, desc, detail) = match (
        text(params, "policyName", 64),
        text(params, "policyDesc", 512),
        detail(params),
    ) {
        (Ok(n), Ok(d), Ok(x)) => (n, d, x),
        (Err(c), _, _) | (_, Err(c), _) | (_, _, Err(c)) => return err(c),
    };
    let access = &mut st.access;
    match access.policies.get(&id) {
        None => return err(-82444),
        Some(p) if p.is_default => return err(-82401),
        Some(_) => {}
    }
    if let Some(n) = &name {
        if name_taken(access, n, Some(id)) {
            return err(-82445);
        }
    }
    if let Some(p) = access.policies.get_mut(&id) {
        if let Some(n) = name {
            p.name = n;
        }
        if let Some(d) = desc {
            p.desc = d;
        }
        if let Some(x) = detail {
            p.detail = x;
        }
        p.modified = now_text();
    }
    ok(Value::Null)
}

fn batch_delete(st: &mut State, params: &Value) -> Answer {
    let Some(list) = params.get("policyIdList").and_then(Value::as_array) else {
        return err(-20107);
    };
    if list.is_empty() || list.len() > policy::MAX_DELETE_IDS {
        return err(-20106);
    }
    let mut fails = Vec::new();
    for raw in list {
        let text = match raw {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let fail = |code: i64| json!({"policyId": text, "error_code": code, "errorMsg": crate::ErrorCode::from_code(code).description()});
        let Ok(id) = text.trim().parse::<u64>() else {
            fails.push(fail(-82444));
            continue;
        };
        match st.access.policies.get(&id) {
            None => fails.push(fail(-82444)),
            Some(p) if p.is_default => fails.push(fail(-82401)),
            Some(_) => {
                st.access.policies.remove(&id);
                // 删除策略后使用该策略的临时 AKSK 会立即失效 (1.4.1.3).
                let dead: Vec<String> = st
                    .access
                    .key_policies
                    .iter()
                    .filter(|(_, ids)| ids.contains(&id))
                    .map(|(ak, _)| ak.clone())
                    .collect();
                for ak in dead {
                    st.access.key_policies.remove(&ak);
                    st.temp_keys.remove(&ak);
                }
            }
        }
    }
    if fails.is_empty() {
        ok(Value::Null)
    } else {
        Answer::Json(
            json!({"error_code": -82422, "msg": "batch partially failed", "failList": fails}),
        )
    }
}

fn list(st: &mut State, params: &Value) -> Answer {
    let start = params.get("start").and_then(Value::as_u64).unwrap_or(0);
    let limit = match params.get("limit") {
        None | Some(Value::Null) => 10,
        Some(v) => match v.as_u64() {
            Some(l) if (1..=1000).contains(&l) => l,
            _ => return err(-20106),
        },
    };
    let filter = |f: &str, member: &str| {
        params
            .get(f)
            .and_then(|o| o.get(member))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let kind = filter("filterAnd", "policyType");
    let like: Vec<String> = [
        filter("filterAnd", "policyNameLike"),
        filter("filterOr", "policyNameLike"),
    ]
    .into_iter()
    .flatten()
    .collect();
    let matching: Vec<Value> = st
        .access
        .policies
        .iter()
        .filter(|(_, p)| match kind.as_deref() {
            Some("custom") => !p.is_default,
            Some("default") => p.is_default,
            _ => true,
        })
        .filter(|(_, p)| like.iter().all(|l| p.name.contains(l.as_str())))
        .map(|(id, p)| policy_json(*id, p))
        .collect();
    let total = matching.len();
    let page: Vec<Value> = matching
        .into_iter()
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect();
    ok(json!({"total": total, "list": page}))
}

/// createTempApplicationApiCredential with `policyIdList` or `devList` (2026 edition
/// 1.4.1.1): the policies must exist; the key then only reaches what they allow.
/// Without either list, `None` (the unrestricted path of the older edition).
fn create_restricted_temp(st: &mut State, params: &Value, caller: &Caller) -> Option<Answer> {
    let ids = params.get("policyIdList").and_then(Value::as_array);
    let devs = params.get("devList").and_then(Value::as_array);
    let given = |l: Option<&Vec<Value>>| matches!(l, Some(v) if !v.is_empty());
    if !given(ids) && !given(devs) {
        return None;
    }
    if caller.temporary {
        return Some(err(-82401));
    }
    let ids = ids.cloned().unwrap_or_default();
    let devs = devs.cloned().unwrap_or_default();
    if ids.len() > crate::api::credential::MAX_POLICIES_PER_KEY
        || devs.len() > crate::api::credential::MAX_DEVICES_PER_KEY
    {
        return Some(err(-20106));
    }
    let mut policy_ids = Vec::new();
    for raw in &ids {
        let id = match raw {
            Value::String(s) => s.trim().parse::<u64>().ok(),
            Value::Number(n) => n.as_u64(),
            _ => None,
        };
        match id {
            Some(id) if st.access.policies.contains_key(&id) => policy_ids.push(id),
            _ => return Some(err(-82444)),
        }
    }
    let lifetime = match params.get("expireTime") {
        None | Some(Value::Null) => 1800,
        Some(v) => match v.as_i64() {
            Some(t) if (1..=86_400).contains(&t) => t,
            _ => return Some(err(-20106)),
        },
    };
    let now = st.now();
    st.temp_keys.retain(|_, k| k.expires > now);
    st.access
        .key_policies
        .retain(|ak, _| st.temp_keys.contains_key(ak));
    if st.temp_keys.len() >= 10_000 {
        return Some(err(-88317));
    }
    let (ak, sk, created) = issue_temp(st, lifetime);
    if !policy_ids.is_empty() {
        st.access.key_policies.insert(ak.clone(), policy_ids);
    }
    Some(ok(json!({
        "tempAk": ak,
        "tempSk": sk,
        "createTime": created,
        "expireTime": created + lifetime,
        "policyIdList": ids,
        "devList": devs,
    })))
}

/// setAppMsgPushSk (1.4.8.3): 1–32 ASCII letters and digits.
fn set_sk(st: &mut State, params: &Value) -> Answer {
    match params.get("sk").and_then(Value::as_str) {
        Some(sk)
            if (1..=crate::api::push_sign::MAX_SK_LEN).contains(&sk.len())
                && sk.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            st.access.push_sk = Some(sk.to_owned());
            ok(Value::Null)
        }
        Some(_) => err(-20106),
        None => err(-20107),
    }
}
