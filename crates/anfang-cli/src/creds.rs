//! Credentials: flags, then the config file, then the examples' environment variables
//! (read with `client_core::env`: blank is unset, a partial set is an error). Secrets
//! are kept in `client_core::Secret` and never printed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use client_core::Secret;
use serde::Deserialize;

use crate::{usage, CliResult, Platform};

/// One platform's entry of the config file.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The platform's base URL.
    pub base_url: Option<String>,
    /// The identity: TUMS access key, Hongtu app key, MCS8 user name, Lenfocus app id.
    pub id: Option<String>,
    /// The secret: TUMS secret key, Hongtu secret, MCS8 password, Lenfocus secret.
    pub secret: Option<Secret>,
    /// TUMS TerminalId.
    pub terminal_id: Option<String>,
}

/// The config file: one [`Entry`] per platform name.
#[derive(Debug, Default)]
pub struct Config {
    entries: BTreeMap<String, Entry>,
}

impl Config {
    /// Reads the config file, if one is given.
    pub fn load(path: Option<&Path>) -> CliResult<Config> {
        let Some(path) = path else {
            return Ok(Config::default());
        };
        let text = std::fs::read_to_string(path).map_err(|e| {
            usage(format!(
                "cannot read the config file {}: {e}",
                path.display()
            ))
        })?;
        let entries: BTreeMap<String, Entry> = serde_json::from_str(&text).map_err(|e| {
            usage(format!(
                "the config file {} is not valid: {e}",
                path.display()
            ))
        })?;
        for name in entries.keys() {
            if !["tums", "hongtu", "mcs8", "lenfocus"].contains(&name.as_str()) {
                return Err(usage(format!(
                    "the config file names an unknown platform {name:?} (tums, hongtu, mcs8, lenfocus)"
                )));
            }
        }
        Ok(Config { entries })
    }

    /// The entry of `platform`.
    pub fn entry(&self, platform: Platform) -> Entry {
        self.entries
            .get(platform.name())
            .cloned()
            .unwrap_or_default()
    }
}

/// Credential flags shared by the commands that talk to a platform.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct CredFlags {
    /// The platform's base URL (else config file, else TUMS_BASE_URL / HONGTU_BASE_URL /
    /// MCS8_BASE_URL).
    #[arg(long)]
    pub base_url: Option<String>,
    /// The identity: TUMS access key, Hongtu app key or MCS8 user name.
    #[arg(long)]
    pub id: Option<String>,
    /// Read the secret from this environment variable (keeps it out of the process
    /// list).
    #[arg(long, value_name = "VAR")]
    pub secret_env: Option<String>,
    /// Read the secret from the first line of this file.
    #[arg(long, value_name = "FILE")]
    pub secret_file: Option<PathBuf>,
    /// TUMS TerminalId.
    #[arg(long)]
    pub terminal_id: Option<String>,
}

/// Resolved credentials.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// Base URL.
    pub base_url: String,
    /// Identity.
    pub id: String,
    /// Secret.
    pub secret: Secret,
    /// TUMS TerminalId.
    pub terminal_id: Option<String>,
}

/// The environment variables of a platform: (base URL, id, secret, optional extra).
pub fn env_names(platform: Platform) -> (&'static str, &'static str, &'static str) {
    match platform {
        Platform::Tums => ("TUMS_BASE_URL", "TUMS_AK", "TUMS_SK"),
        Platform::Hongtu => ("HONGTU_BASE_URL", "HONGTU_APP_KEY", "HONGTU_SECRET"),
        Platform::Mcs8 => ("MCS8_BASE_URL", "MCS8_USERNAME", "MCS8_PASSWORD"),
        Platform::Lenfocus => ("LENFOCUS_HTTP_URL", "LENFOCUS_APP_ID", "LENFOCUS_SECRET"),
    }
}

/// A secret from `--secret-env` or `--secret-file`, if either is given.
pub fn secret_from_flags(env: Option<&str>, file: Option<&Path>) -> CliResult<Option<Secret>> {
    if let Some(name) = env {
        return client_core::env::var(name)
            .map(|v| Some(Secret::from(v)))
            .ok_or_else(|| usage(format!("environment variable {name} is not set")));
    }
    if let Some(path) = file {
        let text = std::fs::read_to_string(path).map_err(|e| {
            usage(format!(
                "cannot read the secret file {}: {e}",
                path.display()
            ))
        })?;
        let line = text.lines().next().unwrap_or_default().trim().to_owned();
        if line.is_empty() {
            return Err(usage(format!(
                "the secret file {} is empty",
                path.display()
            )));
        }
        return Ok(Some(Secret::from(line)));
    }
    Ok(None)
}

/// Resolves the credentials of `platform`: each value from the flags, else the config
/// file, else the environment.
pub fn resolve(platform: Platform, flags: &CredFlags, config: &Config) -> CliResult<Resolved> {
    let entry = config.entry(platform);
    let (url_var, id_var, secret_var) = env_names(platform);
    // Each variable on its own (blank = unset): flags and the config file may fill
    // the others.
    let from_env = client_core::env::var;
    let missing = |what: &str, flag: &str, var: &str| {
        usage(format!(
            "no {what} for {}: pass {flag}, set it in the config file, or set {var}",
            platform.name()
        ))
    };
    let base_url = flags
        .base_url
        .clone()
        .or(entry.base_url)
        .or_else(|| from_env(url_var))
        .ok_or_else(|| missing("base URL", "--base-url", url_var))?;
    let id = flags
        .id
        .clone()
        .or(entry.id)
        .or_else(|| from_env(id_var))
        .ok_or_else(|| missing("identity", "--id", id_var))?;
    let secret = match secret_from_flags(flags.secret_env.as_deref(), flags.secret_file.as_deref())?
    {
        Some(s) => s,
        None => entry
            .secret
            .or_else(|| from_env(secret_var).map(Secret::from))
            .ok_or_else(|| missing("secret", "--secret-env or --secret-file", secret_var))?,
    };
    let terminal_id = flags.terminal_id.clone().or(entry.terminal_id).or_else(|| {
        (platform == Platform::Tums)
            .then(|| from_env("TUMS_TERMINAL_ID"))
            .flatten()
    });
    Ok(Resolved {
        base_url,
        id,
        secret,
        terminal_id,
    })
}
