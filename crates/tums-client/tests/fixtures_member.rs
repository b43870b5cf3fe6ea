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

#[test]
fn examples_are_typed_and_passwords_hidden() {
    let req: CustomCreateAccount =
        serde_json::from_str(&fixture("customCreateAccount.request.json")).unwrap();
    assert_eq!(req.password.expose(), "tp123456");
    assert!(!format!("{req:?}").contains("tp123456"));
    let env: Envelope<tums_client::envelope::PagedList<Member>> =
        serde_json::from_str(&fixture("queryUserList.response.json")).unwrap();
    let m = &env.result.unwrap().list[0];
    assert_eq!(
        (m.is_tplink_id, m.status),
        (Some(1), Some(MemberStatus::Normal))
    );
    assert_eq!(m.sex, Some(Sex::Female));
    let env: Envelope<()> = serde_json::from_str(&fixture("deleteUser.response.json")).unwrap();
    let fail = &env.fail_list.unwrap()[0];
    assert_eq!(
        (fail.error_code, &fail.other["userId"]),
        (-80108, &serde_json::json!("1"))
    );
}

#[test]
fn requests_are_checked_before_sending() {
    use client_core::Endpoint;
    let ok = CustomCreateAccount::new(
        "a.b-c_d@ent",
        "Passw0rd",
        "1",
        "名字",
        vec![RoleGrant::new("1")],
    );
    assert!(ok.validate().is_ok());
    for (user, pass) in [
        ("nocode", "Passw0rd"),
        ("a@", "Passw0rd"),
        ("a b@ent", "Passw0rd"),
        ("a@ent", "short1A"),
        ("a@ent", "alllowercase"),
        ("a@ent", "密码密码密码密码"),
    ] {
        let r = CustomCreateAccount::new(user, pass, "1", "n", vec![RoleGrant::new("1")]);
        let e = r.validate().unwrap_err().to_string();
        assert!(!e.contains(pass), "the password leaked into {e}");
    }
    let mut bad = ok.clone();
    bad.phone = Some("12345678901".into());
    assert!(bad.validate().is_err());
    bad.phone = Some("13700307002".into());
    bad.email = Some("not-an-email".into());
    assert!(bad.validate().is_err());
    let no_roles = CustomCreateAccount::new("a@ent", "Passw0rd", "1", "n", vec![]);
    assert!(no_roles.validate().is_err());
    assert!(DeleteUser {
        user_id_list: vec![]
    }
    .validate()
    .is_err());
}

/// Members against the simulator over loopback: add, edit, list, roles, delete.
#[cfg(feature = "simulator")]
mod against_simulator {
    use std::time::Duration;

    use futures::TryStreamExt;
    use tums_client::api::member::*;
    use tums_client::simulator::Simulator;

    #[tokio::test]
    async fn member_lifecycle() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let mut ids = Vec::new();
            for n in 0..5 {
                let m = client
                    .send(&CustomCreateAccount::new(
                        format!("user{n}@ent"),
                        "Passw0rd",
                        "1",
                        format!("成员 {n}"),
                        vec![RoleGrant::new("1")],
                    ))
                    .await
                    .unwrap();
                ids.push(m.user_id);
            }
            // The same username again adds roles to the same member.
            let mut template = RoleGrant::new("2");
            template.auth_region_list = Some(vec!["1".into()]);
            let again = client
                .send(&CustomCreateAccount::new(
                    "user0@ent",
                    "Other1pass",
                    "1",
                    "x",
                    vec![template],
                ))
                .await
                .unwrap();
            assert_eq!(again.user_id, ids[0]);
            let roles: Vec<Role> = client
                .stream(QueryUserRoleList::new(&ids[0]))
                .try_collect()
                .await
                .unwrap();
            assert_eq!(roles.len(), 2);
            assert!(roles
                .iter()
                .any(|r| r.model_role_tag == Some(ModelRoleTag::Template)));

            client
                .send(&EditUser {
                    user_id: ids[1].clone(),
                    region_id: "9".into(),
                    real_name: "改名".into(),
                    description: None,
                    phone: Some("13700307002".into()),
                    email: None,
                    work_id: None,
                    sex: Some(Sex::Other),
                    expire_time: None,
                })
                .await
                .unwrap();
            let list = QueryUserList {
                limit: Some(2),
                ..QueryUserList::default()
            };
            let all: Vec<Member> = client.stream(list).try_collect().await.unwrap();
            assert_eq!(all.len(), 5);
            let edited = all.iter().find(|m| m.user_id == ids[1]).unwrap();
            assert_eq!(edited.real_name.as_deref(), Some("改名"));
            assert_eq!(edited.sex, Some(Sex::Other));
            let in_region: Vec<Member> = client
                .stream(QueryUserList {
                    filter_and: Some(MemberFilterAnd {
                        region_id: Some("9".into()),
                        ..MemberFilterAnd::default()
                    }),
                    ..QueryUserList::default()
                })
                .try_collect()
                .await
                .unwrap();
            assert_eq!(in_region.len(), 1);

            // Clearing every role leaves the member "未关联角色".
            client
                .send(&EditUserRole {
                    user_id: ids[2].clone(),
                    clear: Some(true),
                    ..EditUserRole::default()
                })
                .await
                .unwrap();
            let no_role: Vec<Member> = client
                .stream(QueryUserList {
                    filter_and: Some(MemberFilterAnd {
                        status: Some(MemberStatus::NoRole),
                        ..MemberFilterAnd::default()
                    }),
                    ..QueryUserList::default()
                })
                .try_collect()
                .await
                .unwrap();
            assert_eq!(no_role.len(), 1);
            assert_eq!(no_role[0].user_id, ids[2]);

            let roles: Vec<Role> = client
                .stream(QueryRoleList::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(roles.len(), 3);
            assert!(roles.iter().any(Role::is_custom));

            // Deleting a known and an unknown member: the unknown one fails with -80108.
            let err = client
                .send(&DeleteUser {
                    user_id_list: vec![ids[3].clone(), "424242".into()],
                })
                .await
                .unwrap_err();
            match err {
                tums_client::Error::PartialFailure { fail_list, .. } => {
                    assert_eq!(fail_list[0].error_code, -80108);
                    assert_eq!(fail_list[0].other["userId"], "424242");
                }
                other => panic!("expected a partial failure, got {other:?}"),
            }
            let left: Vec<Member> = client
                .stream(QueryUserList::default())
                .try_collect()
                .await
                .unwrap();
            assert_eq!(left.len(), 4);
            let gone = client
                .send(&EditUser {
                    user_id: ids[3].clone(),
                    region_id: "1".into(),
                    real_name: "x".into(),
                    description: None,
                    phone: None,
                    email: None,
                    work_id: None,
                    sex: None,
                    expire_time: None,
                })
                .await
                .unwrap_err();
            assert_eq!(gone.api().unwrap().code.code(), -80108);
            // The password went out in the body, and only there.
            let sent = sim.requests_to(<CustomCreateAccount as client_core::Endpoint>::PATH);
            assert!(String::from_utf8_lossy(&sent[0].body).contains("Passw0rd"));
        })
        .await
        .expect("test timed out");
    }
}
