//! 1.4.21 成员权限 — members (sub-accounts) and their roles (TUMS 2026-08-31 edition,
//! 1.4.21.1–1.4.21.7).
//!
//! Project-type applications only (仅项目型应用可以调用). The listings page with
//! `start`/`limit` (`[1, 1000]`, default 10).
//!
//! ```
//! use client_core::Endpoint;
//! use tums_client::api::member::*;
//! let add = CustomCreateAccount::new("open@api", "tp123456", "1", "Alton", vec![RoleGrant::new("1")]);
//! assert!(add.validate().is_ok());
//! assert!(!format!("{add:?}").contains("tp123456")); // the password never shows
//! let weak = CustomCreateAccount::new("open@api", "abcdefgh", "1", "Alton", vec![RoleGrant::new("1")]);
//! assert!(weak.validate().is_err()); // one character class only
//! ```

use client_core::validate;
use client_core::{Error, Secret};
use serde::{Deserialize, Serialize};

use crate::api::check;
use crate::api::page_2026::{opt_limit, opt_paged};
pub use crate::api::page_2026::{sort_key, SortKey, SortOrder};
use crate::envelope::PagedList;

/// Largest `limit` of the member listings (`[1, 1000]`).
pub const MAX_LIMIT: u32 = 1000;
/// Password length (`[8, 64]`, 1.4.21.1).
pub const PASSWORD_LEN: std::ops::RangeInclusive<usize> = 8..=64;
/// Special characters a password may use (1.4.21.1).
pub const PASSWORD_SPECIALS: &str = "~!@#$%^&*()_-+={[]}|\\:;\"'<,>.?/";
/// Length of each part of `prefix@enterpriseCode` (`[1, 32]`, 1.4.21.1).
pub const USERNAME_PART_LEN: std::ops::RangeInclusive<usize> = 1..=32;
/// Real name length (`[1, 32]`).
pub const REAL_NAME_LEN: std::ops::RangeInclusive<usize> = 1..=32;
/// Longest description (`[0, 64]`).
pub const DESCRIPTION_MAX: usize = 64;
/// Longest e-mail address (`[0, 128]`).
pub const EMAIL_MAX: usize = 128;
/// Longest work id (`[0, 32]`).
pub const WORK_ID_MAX: usize = 32;
/// Length of a role's `authRegionList` (`[1, 100]`).
pub const AUTH_REGIONS_MAX: usize = 100;

client_core::int_enum! {
    /// 性别 — sex (1.4.21.1/3/4).
    pub enum Sex {
        /// 0 — 男, male.
        Male = 0,
        /// 1 — 女, female.
        Female = 1,
        /// 2 — 其他, other.
        Other = 2,
    }
}

client_core::int_enum! {
    /// 状态 — member status (1.4.21.4).
    pub enum MemberStatus {
        /// 0 — 正常, normal.
        Normal = 0,
        /// 1 — 停用, disabled.
        Disabled = 1,
        /// 2 — 过期, expired.
        Expired = 2,
        /// 3 — 锁定, locked.
        Locked = 3,
        /// 5 — 未注册, not registered.
        Unregistered = 5,
        /// 6 — 未关联角色, no role.
        NoRole = 6,
    }
}

client_core::int_enum! {
    /// 模板角色标识 — role kind (1.4.21.5/7 modelRoleTag).
    pub enum ModelRoleTag {
        /// 0 — 普通角色, ordinary role.
        Ordinary = 0,
        /// 1 — 模板角色, template role (scoped by `authRegionList`).
        Template = 1,
    }
}

/// 关联角色 — a role to grant (1.4.21.1 roleList, 1.4.21.6 addRoleList).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleGrant {
    /// 角色id — role id.
    pub role_id: String,
    /// 管理范围的分组id列表 — 1–100 region ids, template roles only (`"1"` = every
    /// region of the project; a parent covers its children).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_region_list: Option<Vec<String>>,
    /// 过期时间戳 — expiry, UNIX seconds; never when absent.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<i64>,
}

impl RoleGrant {
    /// The role `role_id`, not scoped, never expiring.
    pub fn new(role_id: impl Into<String>) -> Self {
        Self {
            role_id: role_id.into(),
            auth_region_list: None,
            expire_time: None,
        }
    }
}

fn check_roles(path: &str, field: &str, roles: &[RoleGrant]) -> Result<(), Error> {
    for (i, r) in roles.iter().enumerate() {
        validate::required(path, &format!("{field}[{i}].roleId"), &r.role_id)?;
        if let Some(list) = &r.auth_region_list {
            check::batch(
                path,
                &format!("{field}[{i}].authRegionList"),
                list.len(),
                AUTH_REGIONS_MAX,
            )?;
        }
    }
    Ok(())
}

/// `prefix@enterpriseCode`: prefix of ASCII letters, digits, `-`, `_`, `.`; each part
/// 1–32 characters.
fn check_username(path: &str, username: &str) -> Result<(), Error> {
    let bad = || {
        Error::invalid(
            path,
            "username must be prefix@enterpriseCode (each 1..=32 characters; prefix of letters, digits, '-', '_', '.')",
        )
    };
    let (prefix, code) = username.split_once('@').ok_or_else(bad)?;
    let ok_len = |s: &str| USERNAME_PART_LEN.contains(&s.chars().count());
    if !ok_len(prefix) || !ok_len(code) || code.contains('@') {
        return Err(bad());
    }
    if !prefix
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(bad());
    }
    Ok(())
}

/// 8–64 characters of at least two classes (upper, lower, digit, special).
fn check_password(path: &str, password: &str) -> Result<(), Error> {
    let n = password.chars().count();
    if !PASSWORD_LEN.contains(&n) {
        return Err(Error::invalid(
            path,
            format!("password must be 8..=64 characters, got {n}"),
        ));
    }
    let mut classes = [false; 4];
    for c in password.chars() {
        if c.is_ascii_uppercase() {
            classes[0] = true;
        } else if c.is_ascii_lowercase() {
            classes[1] = true;
        } else if c.is_ascii_digit() {
            classes[2] = true;
        } else if PASSWORD_SPECIALS.contains(c) {
            classes[3] = true;
        } else {
            // The character itself is not echoed: it is part of a secret.
            return Err(Error::invalid(
                path,
                "password may hold only ASCII letters, digits and ~!@#$%^&*()_-+={[]}|\\:;\"'<,>.?/",
            ));
        }
    }
    if classes.iter().filter(|c| **c).count() < 2 {
        return Err(Error::invalid(
            path,
            "password must mix at least two of: upper case, lower case, digits, special characters",
        ));
    }
    Ok(())
}

/// 大陆地区手机号 — 11 digits, `1`, then `3`–`9`, then nine digits.
fn check_phone(path: &str, phone: &str) -> Result<(), Error> {
    let b = phone.as_bytes();
    let ok = b.len() == 11
        && b.iter().all(u8::is_ascii_digit)
        && b[0] == b'1'
        && (b'3'..=b'9').contains(&b[1]);
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            "phone must be a mainland mobile number (11 digits, 1[3-9]…)",
        ))
    }
}

fn check_email(path: &str, email: &str) -> Result<(), Error> {
    validate::chars(path, "email", email, 0, EMAIL_MAX)?;
    if email.is_empty() {
        return Ok(());
    }
    let ok = email.split_once('@').is_some_and(|(l, d)| {
        !l.is_empty()
            && d.contains('.')
            && !d.starts_with('.')
            && !d.ends_with('.')
            && !d.contains('@')
    });
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            path,
            "email must look like name@example.com",
        ))
    }
}

/// The profile members shared by [`CustomCreateAccount`] and [`EditUser`].
fn check_profile(
    path: &str,
    real_name: &str,
    description: Option<&str>,
    phone: Option<&str>,
    email: Option<&str>,
    work_id: Option<&str>,
) -> Result<(), Error> {
    validate::chars(
        path,
        "realName",
        real_name,
        *REAL_NAME_LEN.start(),
        *REAL_NAME_LEN.end(),
    )?;
    validate::opt_chars(path, "description", description, 0, DESCRIPTION_MAX)?;
    if let Some(p) = phone {
        check_phone(path, p)?;
    }
    if let Some(e) = email {
        check_email(path, e)?;
    }
    validate::opt_chars(path, "workId", work_id, 0, WORK_ID_MAX)
}

/// 添加子账号 — add a member (1.4.21.1). For an existing username the old password
/// stays and the roles are added to the member's.
///
/// `password` is a [`Secret`]: never in `Debug`, nor in validation messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CustomCreateAccount {
    /// 用户名 — `prefix@enterpriseCode`.
    pub username: String,
    /// 密码 — 8–64 characters of at least two classes (typed int in the table).
    #[serde(serialize_with = "Secret::serialize_exposed")]
    pub password: Secret,
    /// 所属分组id — the member's region.
    pub region_id: String,
    /// 真实姓名 — real name, 1–32 characters.
    pub real_name: String,
    /// 备注 — description, at most 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 联系方式 — mainland mobile number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 邮箱 — e-mail, at most 128 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 工号 — work id, at most 32 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_id: Option<String>,
    /// 性别 — sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 关联角色列表 — roles (at least one; only this project's roles count).
    pub role_list: Vec<RoleGrant>,
}

impl CustomCreateAccount {
    /// A member with the required members only.
    pub fn new(
        username: impl Into<String>,
        password: impl Into<Secret>,
        region_id: impl Into<String>,
        real_name: impl Into<String>,
        roles: Vec<RoleGrant>,
    ) -> Self {
        Self {
            username: username.into(),
            password: password.into(),
            region_id: region_id.into(),
            real_name: real_name.into(),
            description: None,
            phone: None,
            email: None,
            work_id: None,
            sex: None,
            role_list: roles,
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        check_username(path, &self.username)?;
        check_password(path, self.password.expose())?;
        validate::required(path, "regionId", &self.region_id)?;
        check_profile(
            path,
            &self.real_name,
            self.description.as_deref(),
            self.phone.as_deref(),
            self.email.as_deref(),
            self.work_id.as_deref(),
        )?;
        validate::non_empty(path, "roleList", &self.role_list)?;
        check_roles(path, "roleList", &self.role_list)
    }
}

client_core::endpoint!(CustomCreateAccount => CreatedMember, POST "/tums/open/account/v1/customCreateAccount", write, validate);

/// The member created by [`CustomCreateAccount`] (1.4.21.1 result).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CreatedMember {
    /// 成员id — member id.
    #[serde(default, with = "client_core::lenient::string")]
    pub user_id: String,
}

/// 删除子账号 — delete 1–100 members (1.4.21.2). Members that could not be deleted
/// come back as [`crate::Error::PartialFailure`] (`userId` in
/// [`crate::envelope::FailItem::other`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DeleteUser {
    /// 成员id列表 — 1–100 member ids.
    pub user_id_list: Vec<String>,
}

impl DeleteUser {
    fn check(&self, path: &str) -> Result<(), Error> {
        check::batch(path, "userIdList", self.user_id_list.len(), 100)
    }
}

client_core::endpoint!(DeleteUser => client_core::Ack, POST "/tums/open/account/v1/deleteUser", write, validate);

/// 编辑成员信息 — edit a member's profile (1.4.21.3). Returns nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditUser {
    /// 成员id — the member.
    pub user_id: String,
    /// 所属分组id — region.
    pub region_id: String,
    /// 真实姓名 — real name, 1–32 characters.
    pub real_name: String,
    /// 备注 — description, at most 64 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 联系方式 — mainland mobile number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 邮箱 — e-mail, at most 128 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 工号 — work id, at most 32 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_id: Option<String>,
    /// 性别 — sex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 过期时间戳 — expiry, UNIX seconds; unchanged when absent.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<i64>,
}

impl EditUser {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "userId", &self.user_id)?;
        validate::required(path, "regionId", &self.region_id)?;
        check_profile(
            path,
            &self.real_name,
            self.description.as_deref(),
            self.phone.as_deref(),
            self.email.as_deref(),
            self.work_id.as_deref(),
        )
    }
}

client_core::endpoint!(EditUser => client_core::Ack, POST "/tums/open/account/v1/editUser", write, validate);

/// 成员筛选（与） — AND filter of [`QueryUserList`] (1.4.21.4).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberFilterAnd {
    /// 所属分组id — region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_id: Option<String>,
    /// 关联角色id列表 — members with any of these roles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_id_in: Option<Vec<String>>,
    /// 状态 — status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MemberStatus>,
}

/// 成员筛选（或） — OR filter of [`QueryUserList`] (1.4.21.4; the table spells the
/// first `userameLike`, the example `usernameLike`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MemberFilterOr {
    /// 用户名模糊查询 — username contains.
    #[serde(
        default,
        alias = "userameLike",
        skip_serializing_if = "Option::is_none"
    )]
    pub username_like: Option<String>,
    /// 真实姓名模糊查询 — real name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_name_like: Option<String>,
    /// 工号模糊查询 — work id contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_id_like: Option<String>,
    /// 关联角色名模糊查询 — role name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name_like: Option<String>,
}

/// 分页查询成员列表 — list members, paged with `start`/`limit` (1.4.21.4). Sort keys:
/// `status`, `expireTime`, `createTime` (by `userId` otherwise).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryUserList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目数上限 — page size `[1, 1000]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<MemberFilterAnd>,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<MemberFilterOr>,
    /// 排序 — sort keys in priority order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<Vec<SortKey>>,
}

impl QueryUserList {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(QueryUserList => PagedList<Member>, POST "/tums/open/account/v1/queryUserList", read, validate);
opt_paged!(QueryUserList => Member, MAX_LIMIT);

/// 成员 — one member (1.4.21.4 list item).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    /// 成员id — member id.
    #[serde(default, with = "client_core::lenient::string")]
    pub user_id: String,
    /// 用户名 — username.
    #[serde(default)]
    pub username: String,
    /// 所属分组id — region id.
    #[serde(
        default,
        with = "client_core::lenient::opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub region_id: Option<String>,
    /// 所属分组名称 — region name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region_name: Option<String>,
    /// 是否为tplinkId — 0 no, 1 yes.
    #[serde(
        rename = "isTplinkID",
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_tplink_id: Option<i64>,
    /// 是否为企业所有者 — 0 no, 1 yes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_owner: Option<i64>,
    /// 是否为超级管理员 — 0 no, 1 yes.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub is_admin: Option<i64>,
    /// 状态 — status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<MemberStatus>,
    /// 真实姓名 — real name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub real_name: Option<String>,
    /// 备注 — description (absent when unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// 邮箱 — e-mail (absent when unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// 联系方式 — phone (absent when unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 性别 — sex (absent when unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<Sex>,
    /// 工号 — work id (absent when unset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub work_id: Option<String>,
    /// 过期时间戳 — expiry, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<i64>,
    /// 创建时间戳 — created at, UNIX seconds.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub create_time: Option<i64>,
}

/// 成员角色筛选（与） — the member of [`QueryUserRoleList`] (1.4.21.5; required).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct UserRoleFilterAnd {
    /// 用户id — the member (required).
    pub user_id: String,
}

/// 查询成员关联的角色 — a member's roles, paged with `start`/`limit` (1.4.21.5).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryUserRoleList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目数上限 — page size `[1, 1000]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — the member (required).
    pub filter_and: UserRoleFilterAnd,
}

impl QueryUserRoleList {
    /// The roles of `user_id`.
    pub fn new(user_id: impl Into<String>) -> Self {
        Self {
            filter_and: UserRoleFilterAnd {
                user_id: user_id.into(),
            },
            ..Self::default()
        }
    }

    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "filterAnd.userId", &self.filter_and.user_id)?;
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(QueryUserRoleList => PagedList<Role>, POST "/tums/open/account/v1/queryUserRoleList", read, validate);
opt_paged!(QueryUserRoleList => Role, MAX_LIMIT);

/// 角色 — one role (1.4.21.5/7 list item; `expireTime` only for a member's roles).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Role {
    /// 角色id — role id.
    #[serde(default, with = "client_core::lenient::string")]
    pub role_id: String,
    /// 角色名 — role name.
    #[serde(default)]
    pub role_name: String,
    /// 模板角色标识 — ordinary or template role.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_role_tag: Option<ModelRoleTag>,
    /// 过期时间戳 — the grant's expiry, UNIX seconds (1.4.21.5).
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub expire_time: Option<i64>,
    /// 角色类型 — 0 created by the user, anything else a system role.
    #[serde(
        default,
        with = "client_core::lenient::opt_int",
        skip_serializing_if = "Option::is_none"
    )]
    pub role_type: Option<i64>,
    /// 描述 — description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

impl Role {
    /// `true` for a role the user created (`roleType` 0).
    pub fn is_custom(&self) -> bool {
        self.role_type == Some(0)
    }
}

/// 编辑成员关联的角色 — add and remove a member's roles (1.4.21.6). At most 20 ordinary
/// and 20 template roles per member; only this project's roles and regions count.
/// Returns nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EditUserRole {
    /// 成员id — the member.
    pub user_id: String,
    /// 新增角色列表 — roles to add (`expireTime` may not be in the past).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub add_role_list: Option<Vec<RoleGrant>>,
    /// 解除关联的角色id列表 — roles to remove.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delete_role_id_list: Option<Vec<String>>,
    /// 是否清空所有角色 — remove every role first (default false).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear: Option<bool>,
}

impl EditUserRole {
    fn check(&self, path: &str) -> Result<(), Error> {
        validate::required(path, "userId", &self.user_id)?;
        if let Some(add) = &self.add_role_list {
            check::len(path, "addRoleList", add.len(), 0, 40)?;
            check_roles(path, "addRoleList", add)?;
        }
        Ok(())
    }
}

client_core::endpoint!(EditUserRole => client_core::Ack, POST "/tums/open/account/v1/editUserRole", write, validate);

/// 角色筛选（与） — AND filter of [`QueryRoleList`] (1.4.21.7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleFilterAnd {
    /// 模板角色标识 — ordinary or template (typed string, a number in the example).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model_role_tag: Option<ModelRoleTag>,
}

/// 角色筛选（或） — OR filter of [`QueryRoleList`] (1.4.21.7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RoleFilterOr {
    /// 角色名模糊查询 — name contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role_name_like: Option<String>,
    /// 角色描述模糊查询 — description contains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description_like: Option<String>,
}

/// 分页查询角色列表 — list the project's roles, paged with `start`/`limit` (1.4.21.7).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QueryRoleList {
    /// 起始条目 — 0-based offset (default 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<u64>,
    /// 条目数上限 — page size `[1, 1000]` (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// 筛选条件（与） — AND filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_and: Option<RoleFilterAnd>,
    /// 筛选条件（或） — OR filter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter_or: Option<RoleFilterOr>,
}

impl QueryRoleList {
    fn check(&self, path: &str) -> Result<(), Error> {
        opt_limit(path, self.limit, MAX_LIMIT)
    }
}

client_core::endpoint!(QueryRoleList => PagedList<Role>, POST "/tums/open/account/v1/queryRoleList", read, validate);
opt_paged!(QueryRoleList => Role, MAX_LIMIT);
