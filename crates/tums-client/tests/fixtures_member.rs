//! Round trips of every request and response example of chapter 1.4.21 成员权限 of the
//! 2026-08-31 edition (fixtures/tums/member/), plus the chapter's own checks.

#[macro_use]
mod common;

use tums_client::api::member::*;
#[allow(unused_imports)]
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("member", name)
}

pair!(
    custom_create_account,
    CustomCreateAccount,
    "customCreateAccount"
);
pair!(delete_user, DeleteUser, "deleteUser");
pair!(edit_user, EditUser, "editUser");
pair!(query_user_list, QueryUserList, "queryUserList");
pair!(query_user_role_list, QueryUserRoleList, "queryUserRoleList");
pair!(edit_user_role, EditUserRole, "editUserRole");
pair!(query_role_list, QueryRoleList, "queryRoleList");
