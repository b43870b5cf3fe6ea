//! The one way every example sets up logging: `RUST_LOG` when set (`RUST_LOG=info`
//! prints one line per request: platform, method, path, status, latency, attempt;
//! never a secret), warnings only otherwise. The WebSocket dependency's targets stay
//! off whatever `RUST_LOG` says: tungstenite prints every frame at TRACE, and every
//! Lenfocus frame carries the session token.

/// Installs the subscriber (once; later calls do nothing).
pub fn init() {
    let mut filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    for off in ["tungstenite=off", "tokio_tungstenite=off"] {
        if let Ok(directive) = off.parse() {
            filter = filter.add_directive(directive);
        }
    }
    let _ = tracing_subscriber::fmt().with_env_filter(filter).try_init();
}
