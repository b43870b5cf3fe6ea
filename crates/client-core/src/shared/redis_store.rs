//! The Redis implementation of [`CredentialStore`] and [`SharedLimiter`].
//!
//! Keys (all under the [`SharedState`](super::SharedState) prefix):
//!
//! | key | type | what |
//! |---|---|---|
//! | `<prefix>:<platform>:<account>:<credential>` | hash `v`, `exp` | the credential (`v`) and its expiry in UNIX ms (`exp`); the key expires with it |
//! | `…:<credential>:lease` | string | the refresh lease: the holder's random id, with a TTL |
//! | `<prefix>:<platform>:<account>:limit:<name>` | string | the limit's theoretical arrival time (GCRA) in µs of Redis's clock |
//!
//! Credentials are stored in clear in Redis (protect it as you protect the platform
//! credentials: ACLs, a private network or a local socket); they never reach logs, `Debug` or error
//! text. Every operation is bounded by a short timeout so an unreachable Redis costs a
//! call at most that long before the client falls back to per-process behaviour.

use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::Script;

use super::{BoxFuture, CredentialStore, SharedLimiter, StoreError, StoredCredential};
use crate::Secret;

/// How long one Redis operation (or connecting) may take.
const OP_TIMEOUT: Duration = Duration::from_secs(2);

/// GCRA in one atomic step on Redis's own clock: allowed when
/// `now >= tat - (burst - 1) * period`; answers 0 (taken) or the microseconds to wait.
const GCRA: &str = r"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local period = tonumber(ARGV[1])
local tolerance = period * (tonumber(ARGV[2]) - 1)
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local allowed_from = tat - tolerance
if now < allowed_from then return allowed_from - now end
local next = tat + period
redis.call('SET', KEYS[1], next, 'PX', math.floor((next - now) / 1000) + 1)
return 0
";

/// Deletes KEYS[1] when its field `v` (or its value, for a lease) equals ARGV[1].
const DEL_IF_HASH: &str = r"
if redis.call('HGET', KEYS[1], 'v') == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
";
const DEL_IF_STRING: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
";

/// Shared credentials and limits in Redis. Connects on first use and reconnects by
/// itself; cheap to clone through the `Arc` that [`SharedState`](super::SharedState)
/// holds.
pub struct RedisShared {
    client: redis::Client,
    conn: tokio::sync::OnceCell<ConnectionManager>,
    gcra: Script,
    del_if_hash: Script,
    del_if_string: Script,
}

impl std::fmt::Debug for RedisShared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The URL may carry a password: show only where it points.
        let info = self.client.get_connection_info();
        f.debug_struct("RedisShared")
            .field("addr", &info.addr().to_string())
            .finish()
    }
}

fn store_error(e: &redis::RedisError) -> StoreError {
    // Redis errors describe the command and the connection, never stored values.
    StoreError(format!("redis: {e}"))
}

/// Runs one Redis operation within [`OP_TIMEOUT`].
async fn timed<T>(
    op: impl std::future::Future<Output = redis::RedisResult<T>>,
) -> Result<T, StoreError> {
    tokio::time::timeout(OP_TIMEOUT, op)
        .await
        .map_err(|_| StoreError("redis: operation timed out".into()))?
        .map_err(|e| store_error(&e))
}

impl RedisShared {
    /// A store on the Redis at `url`; nothing is sent until first use.
    pub fn open(url: &str) -> Result<Self, crate::Error> {
        let client = redis::Client::open(url).map_err(|_| {
            // The URL may carry a password: never echo it.
            crate::Error::Config("invalid Redis URL (expected redis:// or redis+unix://)".into())
        })?;
        Ok(Self::from_client(client))
    }

    /// A store on an existing Redis client.
    pub fn from_client(client: redis::Client) -> Self {
        Self {
            client,
            conn: tokio::sync::OnceCell::new(),
            gcra: Script::new(GCRA),
            del_if_hash: Script::new(DEL_IF_HASH),
            del_if_string: Script::new(DEL_IF_STRING),
        }
    }

    async fn conn(&self) -> Result<ConnectionManager, StoreError> {
        let conn = self
            .conn
            .get_or_try_init(|| async {
                let config = ConnectionManagerConfig::new()
                    .set_connection_timeout(Some(OP_TIMEOUT))
                    .set_response_timeout(Some(OP_TIMEOUT))
                    .set_number_of_retries(1)
                    .set_max_delay(Duration::from_millis(200));
                tokio::time::timeout(
                    OP_TIMEOUT * 2,
                    ConnectionManager::new_with_config(self.client.clone(), config),
                )
                .await
                .map_err(|_| StoreError("redis: connect timed out".into()))?
                .map_err(|e| store_error(&e))
            })
            .await?;
        Ok(conn.clone())
    }
}

impl CredentialStore for RedisShared {
    fn load<'a>(
        &'a self,
        key: &'a str,
    ) -> BoxFuture<'a, Result<Option<StoredCredential>, StoreError>> {
        Box::pin(async move {
            let mut c = self.conn().await?;
            let (v, exp): (Option<String>, Option<i64>) = timed(
                redis::cmd("HMGET")
                    .arg(key)
                    .arg("v")
                    .arg("exp")
                    .query_async(&mut c),
            )
            .await?;
            Ok(match (v, exp) {
                (Some(v), Some(exp)) if exp > super::now_ms() => Some(StoredCredential {
                    value: Secret::new(v),
                    expires_at_ms: exp,
                }),
                _ => None,
            })
        })
    }

    fn save<'a>(
        &'a self,
        key: &'a str,
        cred: &'a StoredCredential,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let ttl_ms = cred.expires_at_ms.saturating_sub(super::now_ms()).max(1);
            let mut c = self.conn().await?;
            timed(
                redis::pipe()
                    .atomic()
                    .cmd("HSET")
                    .arg(key)
                    .arg("v")
                    .arg(cred.value.expose())
                    .arg("exp")
                    .arg(cred.expires_at_ms)
                    .ignore()
                    .cmd("PEXPIRE")
                    .arg(key)
                    .arg(ttl_ms)
                    .ignore()
                    .query_async::<()>(&mut c),
            )
            .await
        })
    }

    fn remove_if<'a>(
        &'a self,
        key: &'a str,
        value: &'a str,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let mut c = self.conn().await?;
            let n: i64 = timed(self.del_if_hash.key(key).arg(value).invoke_async(&mut c)).await?;
            Ok(n > 0)
        })
    }

    fn try_lease<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
        ttl: Duration,
    ) -> BoxFuture<'a, Result<bool, StoreError>> {
        Box::pin(async move {
            let ttl_ms = u64::try_from(ttl.as_millis()).unwrap_or(u64::MAX).max(1);
            let mut c = self.conn().await?;
            let set: Option<String> = timed(
                redis::cmd("SET")
                    .arg(key)
                    .arg(holder)
                    .arg("NX")
                    .arg("PX")
                    .arg(ttl_ms)
                    .query_async(&mut c),
            )
            .await?;
            Ok(set.is_some())
        })
    }

    fn release<'a>(
        &'a self,
        key: &'a str,
        holder: &'a str,
    ) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            let mut c = self.conn().await?;
            timed(
                self.del_if_string
                    .key(key)
                    .arg(holder)
                    .invoke_async::<i64>(&mut c),
            )
            .await
            .map(drop)
        })
    }
}

impl SharedLimiter for RedisShared {
    fn try_acquire<'a>(
        &'a self,
        key: &'a str,
        period: Duration,
        burst: u32,
    ) -> BoxFuture<'a, Result<Option<Duration>, StoreError>> {
        Box::pin(async move {
            let period_us = u64::try_from(period.as_micros()).unwrap_or(u64::MAX).max(1);
            let mut c = self.conn().await?;
            let wait_us: i64 = timed(
                self.gcra
                    .key(key)
                    .arg(period_us)
                    .arg(burst.max(1))
                    .invoke_async(&mut c),
            )
            .await?;
            Ok((wait_us > 0).then(|| Duration::from_micros(wait_us.unsigned_abs())))
        })
    }
}
