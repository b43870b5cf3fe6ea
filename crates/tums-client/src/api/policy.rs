//! 1.4.1 AK/SK — permission policies (权限策略), TUMS 2026-08-31 edition 1.4.1.2–1.4.1.6.
//!
//! A policy lists API paths (Ant patterns) a temporary AK/SK may or may not call; it is
//! attached to a temporary key with `policyIdList` of
//! [`CreateTempApplicationApiCredential`](crate::api::credential::CreateTempApplicationApiCredential)
//! (1.4.1.1). Only the application's **long-term** AK/SK may manage policies; at most
//! 10 000 exist per application; default policies (`isDefault`) cannot be edited or
//! deleted. Deleting a policy invalidates every temporary key using it at once.
//!
//! Evaluation (1.4.1.2): `deny` wins over `allow` — a path matching any `deny` pattern is
//! refused, otherwise it must match an `allow` pattern. [`PolicyDetail::allows`]
//! evaluates a detail locally the same way:
//!
//! ```
//! use tums_client::api::policy::{PolicyDetail, PolicyStatement};
//! let detail = PolicyDetail::new(vec![
//!     PolicyStatement::allow(["/tums/open/deviceConfig/v1/**"]),
//!     PolicyStatement::deny(["/tums/open/deviceConfig/v1/modify*"]),
//! ]);
//! assert!(detail.allows("/tums/open/deviceConfig/v1/getDeviceOsdInfo"));
//! assert!(!detail.allows("/tums/open/deviceConfig/v1/modifyDeviceOsdInfo"));
//! assert!(!detail.allows("/tums/open/resource/v1/addRegion"));
//! ```
//!
//! A platform that refuses a call because of a policy answers -10305 (访问被拒绝,
//! 1.5: "通常是该 Access key 无访问该 API 的权限"); the 2026 edition's 1.2.2.4 still
//! documents -10305 as "AK被禁用" — both meanings share the code.

use client_core::{validate, Error, Page, PageRequest, Paged};
use serde::{Deserialize, Serialize};

use crate::envelope::PagedList;

/// The only policy syntax version (策略语法版本, "当前仅可用 1.0.0", 1.4.1.2).
pub const POLICY_VERSION: &str = "1.0.0";
/// `policyName` length in characters (`[1, 64]`, 1.4.1.2/4).
pub const POLICY_NAME_LEN: std::ops::RangeInclusive<usize> = 1..=64;
/// `policyDesc` length in characters (`[1, 512]`, 1.4.1.2/4).
pub const POLICY_DESC_LEN: std::ops::RangeInclusive<usize> = 1..=512;
/// Statements per policy (`statement` 长度限制 `[1, 10]`, 1.4.1.2).
pub const MAX_STATEMENTS: usize = 10;
/// API patterns per statement (`api` 列表长度限制 `[1, 1000]`, 1.4.1.2).
pub const MAX_API_PATTERNS: usize = 1000;
/// Characters per API pattern (列表元素长度限制 `[1, 256]`, 1.4.1.2).
pub const MAX_API_PATTERN_LEN: usize = 256;
/// Policies per application (最多创建 10000 个策略, 1.4.1.2).
pub const MAX_POLICIES: usize = 10_000;
/// `policyIdList` length of [`BatchDeletePolicy`] (`[1, 100]`, 1.4.1.3).
pub const MAX_DELETE_IDS: usize = 100;
/// `limit` range of [`QueryPolicyList`] (`[1, 1000]`, default 10, 1.4.1.6).
pub const LIMIT_RANGE: std::ops::RangeInclusive<u32> = 1..=1000;
/// Longest `policyNameLike` filter (最大长度64字符, 1.4.1.6).
pub const MAX_NAME_LIKE_LEN: usize = 64;

client_core::str_enum! {
    /// effect — 传入 api 路径列表的效用 (1.4.1.2 statement.effect).
    pub enum PolicyEffect {
        /// allow — 允许调用.
        Allow = "allow",
        /// deny — 禁止调用 (wins over `allow`).
        Deny = "deny",
    }
}

client_core::str_enum! {
    /// policyType — 需要查询的策略类型 (1.4.1.6 filterAnd.policyType; default `all`).
    pub enum PolicyType {
        /// all — 查询所有策略.
        All = "all",
        /// custom — 仅查询自定义策略.
        Custom = "custom",
        /// default — 仅查询默认策略.
        Default = "default",
    }
}

/// An absent or `null` effect in an answer (never valid in a request).
impl Default for PolicyEffect {
    fn default() -> Self {
        PolicyEffect::Unknown(String::new())
    }
}

/// `null` read as the type's default (answers may carry `null` for any member).
fn null_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// 策略语句 — one statement: an effect and the API path patterns it applies to
/// (1.4.1.2 statement).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyStatement {
    /// effect — `allow` or `deny` (1.4.1.2).
    #[serde(default, deserialize_with = "null_default")]
    pub effect: PolicyEffect,
    /// api — API paths, Ant patterns: start with `/`, `*` matches one path segment,
    /// `**` any number of segments, `/**` every API; no regular expressions. 1–1000
    /// patterns of 1–256 characters (1.4.1.2).
    #[serde(default)]
    pub api: Vec<String>,
}

impl PolicyStatement {
    /// An `allow` statement.
    pub fn allow<I: IntoIterator<Item = S>, S: Into<String>>(api: I) -> Self {
        Self {
            effect: PolicyEffect::Allow,
            api: api.into_iter().map(Into::into).collect(),
        }
    }

    /// A `deny` statement.
    pub fn deny<I: IntoIterator<Item = S>, S: Into<String>>(api: I) -> Self {
        Self {
            effect: PolicyEffect::Deny,
            api: api.into_iter().map(Into::into).collect(),
        }
    }
}

/// 策略详情 — a policy's syntax version and statements (1.4.1.2 policyDetail).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyDetail {
    /// version — 策略语法版本, only [`POLICY_VERSION`] (`1.0.0`) exists (1.4.1.2).
    #[serde(default, deserialize_with = "null_default")]
    pub version: String,
    /// statement — 策略语句列表, 1–10 statements (1.4.1.2).
    #[serde(default)]
    pub statement: Vec<PolicyStatement>,
}

impl PolicyDetail {
    /// A version-1.0.0 detail with `statement`.
    pub fn new(statement: Vec<PolicyStatement>) -> Self {
        Self {
            version: POLICY_VERSION.to_owned(),
            statement,
        }
    }

    /// Whether `api_path` may be called under this detail: a `deny` match refuses, then
    /// an `allow` match permits, otherwise refused (1.4.1.2).
    pub fn allows(&self, api_path: &str) -> bool {
        let matches = |effect: &PolicyEffect| {
            self.statement
                .iter()
                .filter(|s| &s.effect == effect)
                .flat_map(|s| s.api.iter())
                .any(|p| ant_match(p, api_path))
        };
        !matches(&PolicyEffect::Deny) && matches(&PolicyEffect::Allow)
    }

    pub(crate) fn check(&self, path: &str) -> Result<(), Error> {
        if self.version != POLICY_VERSION {
            return Err(Error::invalid(
                path,
                format!(
                    "policyDetail.version must be {POLICY_VERSION:?}, got {:?}",
                    self.version
                ),
            ));
        }
        validate::count(
            path,
            "policyDetail.statement",
            self.statement.len(),
            1,
            MAX_STATEMENTS,
        )?;
        for (i, s) in self.statement.iter().enumerate() {
            if let PolicyEffect::Unknown(e) = &s.effect {
                return Err(Error::invalid(
                    path,
                    format!("policyDetail.statement[{i}].effect must be allow or deny, got {e:?}"),
                ));
            }
            let field = format!("policyDetail.statement[{i}].api");
            validate::count(path, &field, s.api.len(), 1, MAX_API_PATTERNS)?;
            for (j, p) in s.api.iter().enumerate() {
                let field = format!("{field}[{j}]");
                validate::chars(path, &field, p, 1, MAX_API_PATTERN_LEN)?;
                if !p.starts_with('/') {
                    return Err(Error::invalid(
                        path,
                        format!("{field} must start with '/', got {p:?}"),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Ant-style path matching (1.4.1.2 路径规则): segments split on `/`; `*` inside a
/// segment matches any run of characters within that segment, a `**` segment matches
/// zero or more whole segments. Iterative with a bounded table (patterns ≤ 256
/// characters), so hostile input cannot blow the stack.
pub fn ant_match(pattern: &str, path: &str) -> bool {
    let pat: Vec<&str> = pattern.split('/').collect();
    let segs: Vec<&str> = path.split('/').collect();
    // dp[i][j]: pat[i..] matches segs[j..].
    let (n, m) = (pat.len(), segs.len());
    let mut dp = vec![vec![false; m + 1]; n + 1];
    dp[n][m] = true;
    for i in (0..n).rev() {
        for j in (0..=m).rev() {
            dp[i][j] = if pat[i] == "**" {
                dp[i + 1][j] || (j < m && dp[i][j + 1])
            } else {
                j < m && segment_match(pat[i], segs[j]) && dp[i + 1][j + 1]
            };
        }
    }
    dp[0][0]
}

/// `*` within one segment (any run of characters, no `/`).
fn segment_match(pattern: &str, seg: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let s: Vec<char> = seg.chars().collect();
    let (mut pi, mut si) = (0, 0);
    let (mut star, mut mark) = (None, 0);
    while si < s.len() {
        if pi < p.len() && p[pi] != '*' && p[pi] == s[si] {
            pi += 1;
            si += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = si;
            pi += 1;
        } else if let Some(st) = star {
            pi = st + 1;
            mark += 1;
            si = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

fn check_name(path: &str, name: &str) -> Result<(), Error> {
    validate::chars(
        path,
        "policyName",
        name,
        *POLICY_NAME_LEN.start(),
        *POLICY_NAME_LEN.end(),
    )
}

fn check_desc(path: &str, desc: &str) -> Result<(), Error> {
    validate::chars(
        path,
        "policyDesc",
        desc,
        *POLICY_DESC_LEN.start(),
        *POLICY_DESC_LEN.end(),
    )
}

/// 创建权限策略 — create a permission policy (1.4.1.2). Long-term AK/SK only; names
/// are unique; at most 10 000 policies.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::policy::{CreatePolicy, PolicyDetail, PolicyStatement};
/// let req = CreatePolicy::new(
///     "preview only",
///     "live view and playback",
///     PolicyDetail::new(vec![PolicyStatement::allow(["/vms/open/webServer/v1/**"])]),
/// );
/// assert!(req.validate().is_ok());
/// let mut bad = req.clone();
/// bad.policy_detail.statement[0].api = vec!["vms/no-leading-slash".into()];
/// assert!(bad.validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatePolicy {
    /// 策略名称 — **required**, unique, 1–64 characters (1.4.1.2).
    pub policy_name: String,
    /// 策略描述 — **required**, 1–512 characters (1.4.1.2).
    pub policy_desc: String,
    /// 策略详情 — **required** (1.4.1.2).
    pub policy_detail: PolicyDetail,
}

impl CreatePolicy {
    /// A policy named `name`.
    pub fn new(name: impl Into<String>, desc: impl Into<String>, detail: PolicyDetail) -> Self {
        Self {
            policy_name: name.into(),
            policy_desc: desc.into(),
            policy_detail: detail,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_name(path, &self.policy_name)?;
        check_desc(path, &self.policy_desc)?;
        self.policy_detail.check(path)
    }
}

client_core::endpoint!(CreatePolicy => CreatedPolicy, POST "/tums/open/credentialManager/v1/createPolicy", write, validate);

/// The result of [`CreatePolicy`] (1.4.1.2).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedPolicy {
    /// 策略 id — the new policy's id (a string; a number is also read) (1.4.1.2).
    #[serde(default, with = "client_core::lenient::string")]
    pub policy_id: String,
}

/// 批量删除权限策略 — delete 1–100 custom policies (1.4.1.3). Temporary keys using a
/// deleted policy stop working at once. Per-policy failures come back as a `failList`
/// (`policyId`, `error_code`, `errorMsg`), which the client turns into a typed partial
/// failure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BatchDeletePolicy {
    /// 策略 id 列表 — **required**, 1–100 policy ids (1.4.1.3).
    pub policy_id_list: Vec<String>,
}

impl BatchDeletePolicy {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::count(
            path,
            "policyIdList",
            self.policy_id_list.len(),
            1,
            MAX_DELETE_IDS,
        )?;
        for (i, id) in self.policy_id_list.iter().enumerate() {
            validate::required(path, &format!("policyIdList[{i}]"), id)?;
        }
        Ok(())
    }
}

client_core::endpoint!(BatchDeletePolicy => client_core::Ack, POST "/tums/open/credentialManager/v1/batchDeletePolicy", write, validate);

/// 修改权限策略 — change a custom policy's name, description and/or detail (1.4.1.4).
/// Members left `None` keep their value.
///
/// ```
/// use client_core::Endpoint;
/// use tums_client::api::policy::EditPolicy;
/// let req = EditPolicy::new("12654523").name("renamed");
/// assert!(req.validate().is_ok());
/// assert!(EditPolicy::new("12654523").name("").validate().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditPolicy {
    /// 策略 id — **required** (1.4.1.4).
    pub policy_id: String,
    /// 策略名称 — unique, 1–64 characters (1.4.1.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name: Option<String>,
    /// 策略描述 — 1–512 characters (1.4.1.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_desc: Option<String>,
    /// 策略详情 — replaces the whole detail (1.4.1.4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_detail: Option<PolicyDetail>,
}

impl EditPolicy {
    /// An edit of policy `policy_id` that changes nothing yet.
    pub fn new(policy_id: impl Into<String>) -> Self {
        Self {
            policy_id: policy_id.into(),
            policy_name: None,
            policy_desc: None,
            policy_detail: None,
        }
    }

    /// Renames the policy.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.policy_name = Some(name.into());
        self
    }

    /// Changes the description.
    pub fn desc(mut self, desc: impl Into<String>) -> Self {
        self.policy_desc = Some(desc.into());
        self
    }

    /// Replaces the detail.
    pub fn detail(mut self, detail: PolicyDetail) -> Self {
        self.policy_detail = Some(detail);
        self
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "policyId", &self.policy_id)?;
        if let Some(n) = &self.policy_name {
            check_name(path, n)?;
        }
        if let Some(d) = &self.policy_desc {
            check_desc(path, d)?;
        }
        if let Some(d) = &self.policy_detail {
            d.check(path)?;
        }
        Ok(())
    }
}

client_core::endpoint!(EditPolicy => client_core::Ack, POST "/tums/open/credentialManager/v1/editPolicy", write, validate);

/// 查询权限策略详情 — one policy (1.4.1.5).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetPolicyDetail {
    /// 策略 id — **required** (1.4.1.5).
    pub policy_id: String,
}

impl GetPolicyDetail {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "policyId", &self.policy_id)
    }
}

client_core::endpoint!(GetPolicyDetail => Policy, POST "/tums/open/credentialManager/v1/getPolicyDetail", read, validate);

/// 权限策略 — a policy as 1.4.1.5 and the 1.4.1.6 list items return it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Policy {
    /// 策略 id (1.4.1.5/6).
    #[serde(default, with = "client_core::lenient::string")]
    pub policy_id: String,
    /// 策略名称 (1.4.1.5/6).
    #[serde(default)]
    pub policy_name: String,
    /// 策略描述 (1.4.1.5/6).
    #[serde(default)]
    pub policy_desc: String,
    /// 策略详情 (1.4.1.5/6); empty when the answer omits it.
    #[serde(default, deserialize_with = "null_default")]
    pub policy_detail: PolicyDetail,
    /// 是否默认策略 — default policies cannot be deleted or edited (1.4.1.5/6).
    #[serde(default, with = "client_core::lenient::bool")]
    pub is_default: bool,
    /// 创建日期 — e.g. `2026-07-13T10:00:00` (no zone given) (1.4.1.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub create_time: Option<String>,
    /// 修改日期 — e.g. `2026-07-13T10:00:00` (no zone given) (1.4.1.5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modify_time: Option<String>,
}

/// A 1.4.1.6 filter. The table puts `policyType` under `filterAnd` and
/// `policyNameLike` under `filterOr`, while the example sends `policyNameLike` in
/// `filterAnd`: both members are accepted in both filters.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PolicyFilter {
    /// policyType — 需要查询的策略类型, `all` when absent (1.4.1.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_type: Option<PolicyType>,
    /// policyNameLike — 策略名称模糊搜索, at most 64 characters (1.4.1.6; the table types
    /// it `int`, an extraction slip: it is a name fragment).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy_name_like: Option<String>,
}

impl PolicyFilter {
    fn check(&self, path: &str, field: &str) -> Result<(), Error> {
        if let Some(n) = &self.policy_name_like {
            validate::chars(
                path,
                &format!("{field}.policyNameLike"),
                n,
                0,
                MAX_NAME_LIKE_LEN,
            )?;
        }
        Ok(())
    }
}

/// 分页查询权限策略列表 — custom and default policies, paged with `start`/`limit`
/// (1.4.1.6). Implements [`Paged`], so `client.stream(QueryPolicyList::new())` walks
/// every policy.
///
/// ```
/// use client_core::{Endpoint, PageRequest, Paged};
/// use tums_client::api::policy::{PolicyType, QueryPolicyList};
/// let mut req = QueryPolicyList::new().of_type(PolicyType::Custom);
/// req.set_page(PageRequest { index: 1, size: 20 });
/// assert_eq!((req.start, req.limit), (Some(20), Some(20)));
/// assert!(QueryPolicyList::new().limit(1001).validate().is_err());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryPolicyList {
    /// 起始条目 — 0-based offset, 0 when absent (1.4.1.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目总数 — page size `[1, 1000]`, 10 when absent (1.4.1.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// filterAnd — 与关系的筛选条件 (1.4.1.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<PolicyFilter>,
    /// filterOr — 或关系的筛选条件 (1.4.1.6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<PolicyFilter>,
}

impl QueryPolicyList {
    /// Every policy, from the first, 100 per page.
    pub fn new() -> Self {
        Self {
            start: Some(0),
            limit: Some(100),
            filter_and: None,
            filter_or: None,
        }
    }

    /// Sets the page size (`[1, 1000]`).
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Only policies of `kind` (`filterAnd.policyType`).
    pub fn of_type(mut self, kind: PolicyType) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .policy_type = Some(kind);
        self
    }

    /// Only policies whose name contains `text` (`filterAnd.policyNameLike`, as the
    /// example sends it).
    pub fn name_like(mut self, text: impl Into<String>) -> Self {
        self.filter_and
            .get_or_insert_with(Default::default)
            .policy_name_like = Some(text.into());
        self
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        if let Some(l) = self.limit {
            validate::range(path, "limit", l, *LIMIT_RANGE.start(), *LIMIT_RANGE.end())?;
        }
        if let Some(f) = &self.filter_and {
            f.check(path, "filterAnd")?;
        }
        if let Some(f) = &self.filter_or {
            f.check(path, "filterOr")?;
        }
        Ok(())
    }
}

client_core::endpoint!(QueryPolicyList => PagedList<Policy>, POST "/tums/open/credentialManager/v1/queryPolicyList", read, validate);

impl Paged for QueryPolicyList {
    type Item = Policy;
    fn page_size(&self) -> u32 {
        self.limit.unwrap_or(10)
    }
    fn set_page(&mut self, page: PageRequest) {
        self.start = Some(page.offset());
        self.limit = Some(page.size);
    }
    fn into_page(resp: PagedList<Policy>) -> Page<Policy> {
        Page::new(resp.list, u64::try_from(resp.total).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use client_core::Endpoint;

    #[test]
    fn ant_patterns() {
        assert!(ant_match("/**", "/tums/open/x/v1/y"));
        assert!(ant_match(
            "/tums/open/deviceConfig/v1/**",
            "/tums/open/deviceConfig/v1/getDeviceOsdInfo"
        ));
        assert!(ant_match("/tums/*/x", "/tums/open/x"));
        assert!(!ant_match("/tums/*/x", "/tums/open/more/x"));
        assert!(ant_match("/tums/**/x", "/tums/x"));
        assert!(ant_match("/a/get*", "/a/getThing"));
        assert!(!ant_match("/a/get*", "/a/setThing"));
        assert!(!ant_match("/a/b", "/a/b/c"));
        assert!(ant_match("/a/*Policy*", "/a/createPolicyNow"));
        // Bounded work on hostile input.
        let long = "/*".repeat(128);
        assert!(!ant_match(&long, &"/a".repeat(1000)));
    }

    #[test]
    fn deny_wins() {
        let d = PolicyDetail::new(vec![
            PolicyStatement::allow(["/**"]),
            PolicyStatement::deny(["/tums/open/credentialManager/**"]),
        ]);
        assert!(d.allows("/tums/open/resource/v1/addRegion"));
        assert!(!d.allows("/tums/open/credentialManager/v1/createPolicy"));
        assert!(!PolicyDetail::new(vec![]).allows("/x"));
    }

    #[test]
    fn checks() {
        let ok = CreatePolicy::new(
            "n",
            "d",
            PolicyDetail::new(vec![PolicyStatement::allow(["/**"])]),
        );
        assert!(ok.validate().is_ok());
        let mut v = ok.clone();
        v.policy_detail.version = "2.0.0".into();
        assert!(v.validate().is_err());
        let mut v = ok.clone();
        v.policy_name = "x".repeat(65);
        assert!(v.validate().is_err());
        let mut v = ok.clone();
        v.policy_desc = String::new();
        assert!(v.validate().is_err());
        let mut v = ok.clone();
        v.policy_detail.statement = vec![PolicyStatement::allow(["/**"]); 11];
        assert!(v.validate().is_err());
        let mut v = ok.clone();
        v.policy_detail.statement[0].api = vec![];
        assert!(v.validate().is_err());
        let mut v = ok.clone();
        v.policy_detail.statement[0].api = vec![format!("/{}", "a".repeat(256))];
        assert!(v.validate().is_err());
        let mut v = ok;
        v.policy_detail.statement[0].effect = PolicyEffect::from_wire("maybe");
        assert!(v.validate().is_err());
        assert!(BatchDeletePolicy {
            policy_id_list: vec![]
        }
        .validate()
        .is_err());
        assert!(BatchDeletePolicy {
            policy_id_list: vec!["1".into(); 101]
        }
        .validate()
        .is_err());
        assert!(QueryPolicyList::new().limit(0).validate().is_err());
        assert!(QueryPolicyList::new()
            .name_like("x".repeat(65))
            .validate()
            .is_err());
        assert_eq!(
            QueryPolicyList::default().encode().unwrap().body.unwrap(),
            &b"{}"[..]
        );
    }
}
