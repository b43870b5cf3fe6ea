//! Device configuration: identity, keys, timings.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use auth_signing::lenfocus::ConnectSigner;
use client_core::Secret;
use tokio::sync::watch;

use crate::commands::CommandKind;
use crate::enums::ResultCode;
use crate::error::{Error, Result};

/// Where the device keeps its `did` (设备ID).
///
/// The seed says the platform assigns the did "when the user adds the device" and
/// delivers it to the device for storage, but never says *how* (no message for it
/// exists in the document). So the did is provisioned out of band: the integrator
/// calls [`DidStore::set`] when it arrives (and [`DidStore::clear`] on a factory
/// reset), and [`crate::Device::connect_until_registered`] wakes up as soon as it
/// changes. Cheap to clone; all clones share the value.
#[derive(Debug, Clone)]
pub struct DidStore {
    tx: Arc<watch::Sender<Option<String>>>,
}

impl DidStore {
    /// A store holding `did` (empty strings are `None`).
    pub fn new(did: Option<String>) -> Self {
        let did = did.filter(|d| !d.trim().is_empty());
        Self {
            tx: Arc::new(watch::Sender::new(did)),
        }
    }

    /// The current did.
    pub fn get(&self) -> Option<String> {
        self.tx.borrow().clone()
    }

    /// Stores the did delivered by the platform.
    pub fn set(&self, did: impl Into<String>) {
        let did = did.into();
        let v = if did.trim().is_empty() {
            None
        } else {
            Some(did)
        };
        self.tx.send_replace(v);
    }

    /// Forgets the did (factory reset, 附录 一).
    pub fn clear(&self) {
        self.tx.send_replace(None);
    }

    /// Watches for changes.
    pub fn subscribe(&self) -> watch::Receiver<Option<String>> {
        self.tx.subscribe()
    }
}

/// Reads the device private key from the PEM file at `path` (PKCS#1 or PKCS#8), for
/// `LENFOCUS_PRIVATE_KEY`. Every failure is an [`Error::Core`] wrapping
/// [`client_core::Error::Config`] that names the variable and the path (never the key).
fn signer_from_pem_file(path: &str) -> Result<ConnectSigner> {
    let config = |m: String| Error::Core(client_core::Error::Config(m));
    if path.trim_start().starts_with("-----BEGIN") {
        return Err(config(
            "LENFOCUS_PRIVATE_KEY must be the path of a PEM file, not the key itself".into(),
        ));
    }
    let pem = std::fs::read_to_string(path).map_err(|e| {
        config(format!(
            "cannot read LENFOCUS_PRIVATE_KEY file {path:?}: {e}"
        ))
    })?;
    ConnectSigner::from_pem(&pem).map_err(|e| {
        config(format!(
            "LENFOCUS_PRIVATE_KEY file {path:?} is not a PKCS#1 or PKCS#8 RSA private key in PEM: {e}"
        ))
    })
}

/// Reconnection backoff: exponential from `initial` to `max`, each delay drawn at
/// random from its upper half ("equal jitter").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backoff {
    /// First delay.
    pub initial: Duration,
    /// Largest delay.
    pub max: Duration,
}

impl Default for Backoff {
    /// 1 s doubling to 60 s.
    fn default() -> Self {
        Self {
            initial: Duration::from_secs(1),
            max: Duration::from_secs(60),
        }
    }
}

impl Backoff {
    /// The delay before reconnect attempt `attempt` (1-based), jittered.
    pub fn delay(&self, attempt: u32) -> Duration {
        use rand::Rng as _;
        let exp = 2u32.saturating_pow(attempt.saturating_sub(1).min(20));
        let full = self
            .initial
            .saturating_mul(exp)
            .min(self.max)
            .max(Duration::from_millis(1));
        let half = full / 2;
        let jitter = rand::rng().random_range(0..=half.as_millis() as u64);
        half + Duration::from_millis(jitter)
    }
}

/// Everything a device needs to hold a session.
#[derive(Debug, Clone)]
pub struct DeviceConfig {
    /// WebSocket URL of the platform (`wss://…`, or `ws://…` for local use).
    pub ws_url: String,
    /// 设备系列号 — serial number (15 characters).
    pub sn: String,
    /// 设备安全码 — security code (8 characters), part of the connect signature.
    pub security_code: Secret,
    /// The device private key (signs `/connect`).
    pub signer: ConnectSigner,
    /// The device id store.
    pub did: DidStore,
    /// LAN IP reported in `/connect` and `/heartbeat`; `None` = the local address of
    /// the WebSocket's TCP connection.
    pub ip: Option<String>,
    /// How long to wait for a reply to `/connect` or `/token/update` (default 10 s).
    /// A heartbeat waits at most until the next one is due.
    pub reply_timeout: Duration,
    /// TCP + TLS + WebSocket handshake timeout (default 10 s).
    pub connect_timeout: Duration,
    /// Heartbeats are sent every `interval × heartbeat_fraction` (default 0.5).
    pub heartbeat_fraction: f64,
    /// The token is renewed after `expire × renew_fraction` (default 0.5).
    pub renew_fraction: f64,
    /// Reconnection backoff.
    pub backoff: Backoff,
    /// The code of successful command replies (default 200, the error-code table's
    /// 成功 and the code of the 1.5/1.6 examples). The seed's 1.7–1.16 reply
    /// examples write `"code": 0` instead: a platform that insists on those can set
    /// 0 here for every command, or per command with
    /// [`DeviceConfig::command_success_codes`]. Replies *received* by the device
    /// count as successful with either 200 or 0, whatever is set here.
    pub success_code: ResultCode,
    /// Per-command overrides of [`DeviceConfig::success_code`] (e.g.
    /// `CommandKind::PersonList → 0`, as in the 1.13 example); empty by default. See
    /// [`DeviceConfig::with_command_success_code`].
    pub command_success_codes: HashMap<CommandKind, ResultCode>,
    /// TLS settings for `wss://`; `None` = rustls with the ring provider and the
    /// webpki root certificates (no process-wide crypto provider needed), built once
    /// per process and shared by every device and reconnection. A custom
    /// configuration (your own root store, say) is shared the same way: it is kept in
    /// its `Arc` and never rebuilt; give every device a clone of the same `Arc`.
    pub tls: Option<Arc<rustls::ClientConfig>>,
}

impl DeviceConfig {
    /// A configuration with default timings.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use lenfocus_device::DeviceConfig;
    /// // signer: ConnectSigner::from_pem(&std::fs::read_to_string("device-key.pem")?)?
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer);
    /// assert_eq!(config.did.get(), None);
    /// # Ok(()) }
    /// ```
    pub fn new(
        ws_url: impl Into<String>,
        sn: impl Into<String>,
        security_code: impl Into<Secret>,
        signer: ConnectSigner,
    ) -> Self {
        Self {
            ws_url: ws_url.into(),
            sn: sn.into(),
            security_code: security_code.into(),
            signer,
            did: DidStore::new(None),
            ip: None,
            reply_timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(10),
            heartbeat_fraction: 0.5,
            renew_fraction: 0.5,
            backoff: Backoff::default(),
            success_code: ResultCode::Ok,
            command_success_codes: HashMap::new(),
            tls: None,
        }
    }

    /// Sets the did.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use lenfocus_device::DeviceConfig;
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer)
    ///     .with_did("1234512");
    /// assert_eq!(config.did.get().as_deref(), Some("1234512"));
    /// # Ok(()) }
    /// ```
    pub fn with_did(self, did: impl Into<String>) -> Self {
        self.did.set(did);
        self
    }

    /// Sets the reported LAN IP.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use lenfocus_device::DeviceConfig;
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer)
    ///     .with_ip("192.168.1.20");
    /// # Ok(()) }
    /// ```
    pub fn with_ip(mut self, ip: impl Into<String>) -> Self {
        self.ip = Some(ip.into());
        self
    }

    /// Sets the reply timeout.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use std::time::Duration;
    /// use lenfocus_device::DeviceConfig;
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer)
    ///     .with_reply_timeout(Duration::from_secs(5));
    /// # Ok(()) }
    /// ```
    pub fn with_reply_timeout(mut self, timeout: Duration) -> Self {
        self.reply_timeout = timeout;
        self
    }

    /// Sets the code of every successful command reply (default 200; the seed's
    /// 1.7–1.16 examples use 0).
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use lenfocus_device::{DeviceConfig, ResultCode};
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer)
    ///     .with_success_code(ResultCode::OkZero); // answer commands with "code": 0
    /// # Ok(()) }
    /// ```
    pub fn with_success_code(mut self, code: ResultCode) -> Self {
        self.success_code = code;
        self
    }

    /// Sets the code of successful replies to one command, overriding
    /// [`DeviceConfig::success_code`] for it.
    ///
    /// ```
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem")).unwrap();
    /// use lenfocus_device::{commands::CommandKind, DeviceConfig, ResultCode};
    /// let cfg = DeviceConfig::new("ws://127.0.0.1:1/ws", "Y3C122AP1234512", "AB12CD34", signer)
    ///     .with_command_success_code(CommandKind::PersonList, ResultCode::OkZero);
    /// assert_eq!(cfg.success_code_for(CommandKind::PersonList), ResultCode::OkZero);
    /// assert_eq!(cfg.success_code_for(CommandKind::Reboot), ResultCode::Ok);
    /// ```
    pub fn with_command_success_code(mut self, kind: CommandKind, code: ResultCode) -> Self {
        self.command_success_codes.insert(kind, code);
        self
    }

    /// The code a successful reply to `kind` is sent with.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use lenfocus_device::{commands::CommandKind, DeviceConfig, ResultCode};
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer);
    /// assert_eq!(config.success_code_for(CommandKind::Reboot), ResultCode::Ok);
    /// # Ok(()) }
    /// ```
    pub fn success_code_for(&self, kind: CommandKind) -> ResultCode {
        self.command_success_codes
            .get(&kind)
            .copied()
            .unwrap_or(self.success_code)
    }

    /// Sets the reconnection backoff.
    ///
    /// # Example
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let signer = lenfocus_device::ConnectSigner::from_pem(include_str!("../fixtures/lenfocus/keys/test-device.pkcs1.pem"))?;
    /// use std::time::Duration;
    /// use lenfocus_device::DeviceConfig;
    /// let config = DeviceConfig::new("wss://platform.example/ws", "Y3C122AP1234512", "AB12CD34", signer)
    ///     .with_backoff(Duration::from_secs(1), Duration::from_secs(120));
    /// # Ok(()) }
    /// ```
    pub fn with_backoff(mut self, initial: Duration, max: Duration) -> Self {
        self.backoff = Backoff { initial, max };
        self
    }

    /// Reads `LENFOCUS_WS_URL`, `LENFOCUS_SN`, `LENFOCUS_SECURITY_CODE`,
    /// `LENFOCUS_PRIVATE_KEY` (path of a PKCS#1 or PKCS#8 PEM file) and the optional
    /// `LENFOCUS_DID` and `LENFOCUS_IP`.
    ///
    /// A blank variable counts as unset; a partial configuration is an error naming
    /// the missing variables.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # fn main() -> lenfocus_device::Result<()> {
    /// // LENFOCUS_WS_URL, LENFOCUS_SN, LENFOCUS_SECURITY_CODE, LENFOCUS_PRIVATE_KEY
    /// // (+ LENFOCUS_DID, LENFOCUS_IP)
    /// let config = lenfocus_device::DeviceConfig::from_env()?;
    /// let device = lenfocus_device::Device::new(config);
    /// # Ok(()) }
    /// ```
    pub fn from_env() -> Result<Self> {
        let env = client_core::env::require(
            &[
                "LENFOCUS_WS_URL",
                "LENFOCUS_SN",
                "LENFOCUS_SECURITY_CODE",
                "LENFOCUS_PRIVATE_KEY",
            ],
            &["LENFOCUS_DID", "LENFOCUS_IP"],
        )?;
        let signer = signer_from_pem_file(env.required("LENFOCUS_PRIVATE_KEY")?)?;
        let mut cfg = Self::new(
            env.required("LENFOCUS_WS_URL")?,
            env.required("LENFOCUS_SN")?,
            Secret::new(env.required("LENFOCUS_SECURITY_CODE")?),
            signer,
        );
        if let Some(did) = env.get("LENFOCUS_DID") {
            cfg.did.set(did);
        }
        cfg.ip = env.get("LENFOCUS_IP").map(str::to_owned);
        Ok(cfg)
    }

    pub(crate) fn check(&self) -> Result<()> {
        if !(self.ws_url.starts_with("ws://") || self.ws_url.starts_with("wss://")) {
            return Err(Error::Core(client_core::Error::Config(format!(
                "ws_url {:?} must start with ws:// or wss://",
                self.ws_url
            ))));
        }
        if self.sn.trim().is_empty() {
            return Err(Error::Core(client_core::Error::Config(
                "sn is empty".into(),
            )));
        }
        for (name, f) in [
            ("heartbeat_fraction", self.heartbeat_fraction),
            ("renew_fraction", self.renew_fraction),
        ] {
            if !(f > 0.0 && f < 1.0) {
                return Err(Error::Core(client_core::Error::Config(format!(
                    "{name} must be in (0, 1), got {f}"
                ))));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config_message(e: Error) -> String {
        match e {
            Error::Core(client_core::Error::Config(m)) => m,
            other => panic!("expected a configuration error, got {other:?}"),
        }
    }

    #[test]
    fn private_key_file_errors_are_typed_and_name_the_variable() {
        let dir = std::env::temp_dir().join(format!("lenfocus-key-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();

        let missing = dir.join("missing.pem");
        let m = config_message(signer_from_pem_file(missing.to_str().unwrap()).unwrap_err());
        assert!(
            m.contains("LENFOCUS_PRIVATE_KEY") && m.contains("cannot read"),
            "{m}"
        );

        let pem = include_str!("../fixtures/lenfocus/keys/test-device.pkcs8.pem");
        let m = config_message(signer_from_pem_file(pem).unwrap_err());
        assert!(m.contains("path of a PEM file"), "{m}");
        assert!(!m.contains("PRIVATE KEY-----"), "key material leaked: {m}");

        let junk = dir.join("junk.pem");
        std::fs::write(
            &junk,
            "-----BEGIN PRIVATE KEY-----\nnot base64\n-----END PRIVATE KEY-----\n",
        )
        .unwrap();
        let m = config_message(signer_from_pem_file(junk.to_str().unwrap()).unwrap_err());
        assert!(m.contains("not a PKCS#1 or PKCS#8 RSA private key"), "{m}");

        for name in ["test-device.pkcs1.pem", "test-device.pkcs8.pem"] {
            let good = dir.join(name);
            let text = std::fs::read_to_string(
                std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("fixtures/lenfocus/keys")
                    .join(name),
            )
            .unwrap();
            std::fs::write(&good, text).unwrap();
            signer_from_pem_file(good.to_str().unwrap()).unwrap();
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
