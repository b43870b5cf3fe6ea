//! Round trips of every request and response example of 1.4.11 设备托管 (TUMS 2026-08-31
//! edition; fixtures/tums/device_entrust/), the entrust callback receiver (valid,
//! tampered body, wrong key) and the configuration probe against the simulator.

#[macro_use]
mod common;

use tums_client::api::device_entrust::*;
use tums_client::envelope::Envelope;

fn fixture(name: &str) -> String {
    common::fixture("device_entrust", name)
}

pair!(
    set_entrust_device_callback_config,
    SetEntrustDeviceCallbackConfig,
    "setEntrustDeviceCallbackConfig"
);
pair!(
    get_entrust_device_callback_config,
    GetEntrustDeviceCallbackConfig,
    "getEntrustDeviceCallbackConfig"
);
pair!(
    get_entrust_device_h5_address,
    GetEntrustDeviceH5Address,
    "getEntrustDeviceH5Address"
);
pair!(
    get_entrust_device_list,
    GetEntrustDeviceList,
    "getEntrustDeviceList"
);
pair!(
    get_entrust_device_info_by_dev_list,
    GetEntrustDeviceInfoByDevList,
    "getEntrustDeviceInfoByDevList"
);
pair!(
    cancel_entrust_device_list,
    CancelEntrustDeviceList,
    "cancelEntrustDeviceList"
);
pair!(
    cancel_entrust_device_by_enterprise_id,
    CancelEntrustDeviceByEnterpriseId,
    "cancelEntrustDeviceByEnterpriseId"
);

#[test]
fn documented_answers_are_typed() {
    let env: Envelope<EntrustCallbackConfig> =
        serde_json::from_str(&fixture("getEntrustDeviceCallbackConfig.response.json")).unwrap();
    let cfg = env.result.unwrap();
    assert_eq!(cfg.enable_callback, Some(CallbackSwitch::On));
    assert_eq!(cfg.secret_key.as_ref().unwrap().expose(), "123abc");
    assert!(!format!("{cfg:?}").contains("123abc"));
    let env: Envelope<tums_client::PagedList<EntrustDevice>> =
        serde_json::from_str(&fixture("getEntrustDeviceList.response.json")).unwrap();
    let dev = &env.result.unwrap().list[0];
    assert_eq!(
        dev.entrust_time.unwrap().timestamp_millis(),
        1_733_226_163_751
    );
    assert_eq!(dev.device_gb_id, None);
    let cb = common::fixture("callback", "entrustDevice.json");
    let receiver = tums_client::entrust::EntrustReceiver::new();
    match receiver.receive(None, cb.as_bytes()).unwrap() {
        tums_client::entrust::EntrustEvent::Devices(cb) => {
            assert_eq!(
                cb.entrust_dev_list[0].entrust_status,
                Some(EntrustStatus::Entrusted)
            );
            assert_eq!(
                cb.entrust_dev_list[0].belong_enterprise_id.as_deref(),
                Some("20000000060")
            );
        }
        other => panic!("{other:?}"),
    }
}

#[cfg(all(feature = "simulator", feature = "webhook"))]
mod against_simulator {
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use super::fixture;
    use tums_client::api::device_entrust::*;
    use tums_client::entrust::{header_value, router, EntrustReceiver, SIGNATURE_HEADER};
    use tums_client::simulator::{PushOutcome, Simulator};

    const KEY: &str = "123abc";

    async fn receiver(
        key: &str,
    ) -> (
        String,
        Arc<Mutex<Vec<EntrustCallback>>>,
        tokio::task::JoinHandle<()>,
    ) {
        let got = Arc::new(Mutex::new(Vec::new()));
        let sink = got.clone();
        let app = router(
            "/entrust/7a9b",
            EntrustReceiver::new().secret_key(key),
            move |cb| {
                let sink = sink.clone();
                async move { sink.lock().unwrap().push(cb) }
            },
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}/entrust/7a9b", listener.local_addr().unwrap());
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        (url, got, server)
    }

    #[tokio::test]
    async fn probe_config_and_signed_callbacks() {
        tokio::time::timeout(Duration::from_secs(60), async {
            let sim = Simulator::start().await.unwrap();
            let client = sim.client().unwrap();
            let (url, got, server) = receiver(KEY).await;
            // The simulator probes the address ({} signed with the key) before accepting.
            client
                .send(&SetEntrustDeviceCallbackConfig::on(
                    url.clone(),
                    Some(KEY.into()),
                ))
                .await
                .unwrap();
            let cfg = client
                .send(&GetEntrustDeviceCallbackConfig {})
                .await
                .unwrap();
            assert_eq!(cfg.callback_address.as_deref(), Some(url.as_str()));
            assert_eq!(cfg.secret_key.unwrap().expose(), KEY);
            // A signed callback is verified and handed over.
            let cb: EntrustCallback =
                serde_json::from_str(&super::common::fixture("callback", "entrustDevice.json"))
                    .unwrap();
            assert_eq!(sim.entrust_callback(&cb).await, PushOutcome::Delivered(200));
            assert_eq!(got.lock().unwrap().as_slice(), std::slice::from_ref(&cb));
            // Tampered body and wrong key: 401, handler not called.
            let body = serde_json::to_vec(&cb).unwrap();
            let http = client_core::reexports::reqwest::Client::new();
            let mut tampered = body.clone();
            let n = tampered.len();
            tampered[n - 3] = b' ';
            for (sig_body, sent) in [(&body, &tampered), (&body, &body)] {
                let key = if std::ptr::eq(sent, &body) {
                    "wrong-key"
                } else {
                    KEY
                };
                let resp = http
                    .post(&url)
                    .header(SIGNATURE_HEADER, header_value(key, sig_body))
                    .body(sent.clone())
                    .send()
                    .await
                    .unwrap();
                assert_eq!(resp.status().as_u16(), 401);
            }
            let unsigned = http.post(&url).body(body.clone()).send().await.unwrap();
            assert_eq!(unsigned.status().as_u16(), 401);
            assert_eq!(got.lock().unwrap().len(), 1);
            // An address whose receiver has another key fails the probe: -82400.
            let (other, _, other_server) = receiver("not-the-key").await;
            let e = client
                .send(&SetEntrustDeviceCallbackConfig::on(other, Some(KEY.into())))
                .await
                .unwrap_err();
            assert_eq!(e.api().unwrap().code.code(), -82400);
            // Switched off: no callbacks.
            client
                .send(&SetEntrustDeviceCallbackConfig::off())
                .await
                .unwrap();
            assert_eq!(sim.entrust_callback(&cb).await, PushOutcome::NotSubscribed);
            server.abort();
            other_server.abort();
        })
        .await
        .expect("test timed out");
    }

    #[tokio::test]
    async fn stateless_endpoints_answer_their_examples() {
        let sim = Simulator::start().await.unwrap();
        let client = sim.client().unwrap();
        via_simulator!(
            client,
            GetEntrustDeviceH5Address,
            "getEntrustDeviceH5Address"
        );
        via_simulator!(client, GetEntrustDeviceList, "getEntrustDeviceList");
        via_simulator!(
            client,
            GetEntrustDeviceInfoByDevList,
            "getEntrustDeviceInfoByDevList"
        );
        via_simulator!(client, CancelEntrustDeviceList, "cancelEntrustDeviceList");
        via_simulator!(
            client,
            CancelEntrustDeviceByEnterpriseId,
            "cancelEntrustDeviceByEnterpriseId"
        );
    }
}
