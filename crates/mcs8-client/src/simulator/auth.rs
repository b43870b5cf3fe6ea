//! Simulator chapter 2.1 认证及授权管理 — logout and token refresh (login: [`State::login`]).

use super::*;

/// The paths this chapter answers.
pub(super) const PATHS: &[&str] = &[ep::auth::Logout::PATH, ep::auth::RefreshToken::PATH];

impl State {
    /// Answers a request to one of [`PATHS`].
    #[allow(unused_variables)]
    pub(super) fn auth(
        &mut self,
        path: &str,
        req: &Request,
        q: &Query,
        token: &str,
    ) -> ResponseTemplate {
        match path {
            ep::auth::Logout::PATH => {
                if let Some(t) = self.tokens.get_mut(token) {
                    t.revoked = true;
                }
                ack()
            }
            ep::auth::RefreshToken::PATH => {
                let Some(expires) = q.int("expires").filter(|e| *e > 0) else {
                    return fail_msg(303, "expires 必填");
                };
                let Some(rec) = self.tokens.get_mut(token) else {
                    return fail(401);
                };
                if q.str("refresh_token").is_some_and(|r| r != rec.refresh) {
                    return fail(333);
                }
                rec.expires_at = Instant::now() + Duration::from_secs(expires as u64);
                self.stats.refreshes += 1;
                ok(json!({
                    "access_token": token,
                    "refresh_token": rec.refresh,
                    "expires_in": expires,
                }))
            }
            _ => not_found(),
        }
    }

    pub(super) fn login(&mut self, req: &Request) -> ResponseTemplate {
        #[derive(serde::Deserialize)]
        struct LoginBody {
            #[serde(default)]
            username: String,
            #[serde(default)]
            password: String,
            #[serde(default, with = "client_core::lenient::opt_string")]
            udef_t: Option<String>,
            #[serde(default)]
            udef_v: Option<String>,
            #[serde(default)]
            udef_ver: Option<String>,
        }
        const DOCUMENTED: [&str; 8] = [
            "client_id",
            "client_secret",
            "grant_type",
            "username",
            "password",
            "udef_t",
            "udef_v",
            "udef_ver",
        ];
        let members: serde_json::Map<String, Value> = body_or_return!(req);
        if let Some(k) = members.keys().find(|k| !DOCUMENTED.contains(&k.as_str())) {
            return fail_msg(303, &format!("参数错误: 未定义的参数 {k}"));
        }
        let b: LoginBody = match serde_json::from_value(Value::Object(members)) {
            Ok(b) => b,
            Err(e) => return fail_msg(303, &format!("参数错误: {e}")),
        };
        if b.udef_v.as_deref() != Some("v1") && b.udef_ver.as_deref() != Some("v1") {
            return fail_msg(303, "udef_v 必须为 v1");
        }
        let Some(t) = b
            .udef_t
            .as_deref()
            .and_then(|t| t.trim().parse::<i64>().ok())
        else {
            return fail_msg(303, "udef_t 缺失");
        };
        if (client_core::unix_seconds() - t).unsigned_abs() > self.config.signature_skew.as_secs() {
            return fail_msg(332, "签名已过期");
        }
        if b.username != self.config.username {
            return fail(306);
        }
        let expected = auth_signing::mcs8::login_signature(&self.config.password, t);
        if b.password != expected.password {
            return fail(331);
        }
        self.stats.logins += 1;
        let access = format!("{}{}", client_core::uuid_nonce(), client_core::uuid_nonce());
        let refresh = client_core::uuid_nonce();
        self.tokens.insert(
            access.clone(),
            TokenRecord {
                refresh: refresh.clone(),
                expires_at: Instant::now() + self.config.token_lifetime,
                revoked: false,
            },
        );
        ok(json!({
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": self.config.token_lifetime.as_secs(),
            "username": b.username,
        }))
    }
}
