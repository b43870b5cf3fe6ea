//! The client against the embedded simulator over real loopback sockets.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use client_core::{RetryPolicy, Secret};
use futures::TryStreamExt;
use mcs8_client::api::ai::*;
use mcs8_client::api::app::*;
use mcs8_client::api::data::*;
use mcs8_client::api::ext::*;
use mcs8_client::api::org::*;
use mcs8_client::enums::*;
use mcs8_client::models::*;
use mcs8_client::simulator::{sim_day, sim_device_id, track_point, Simulator, SimulatorBuilder};
use mcs8_client::{Client, Error, ErrorCode, RateLimit};
use mcs8_client::{Fault, FaultRule};

const LIMIT: Duration = Duration::from_secs(60);

async fn within<F: std::future::Future>(f: F) -> F::Output {
    tokio::time::timeout(LIMIT, f)
        .await
        .expect("test timed out")
}

/// A simulator with generous limits, for tests that are not about rate limits.
async fn fast_sim(extra: impl FnOnce(SimulatorBuilder) -> SimulatorBuilder) -> Simulator {
    let b = Simulator::builder()
        .login_limit(Some(RateLimit::new(100, Duration::from_secs(1))))
        .call_limit(Some(RateLimit::new(2000, Duration::from_secs(1))));
    extra(b).start().await.unwrap()
}

fn day() -> NaiveDate {
    sim_day()
}

fn at(d: NaiveDate, h: u32) -> NaiveDateTime {
    d.and_hms_opt(h, 0, 0).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn login_once_under_100_concurrent_callers() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let mut tasks = Vec::new();
        for _ in 0..100 {
            let c = client.clone();
            tasks.push(tokio::spawn(async move { c.send(&DevTree {}).await }));
        }
        for t in tasks {
            assert!(!t.await.unwrap().unwrap().is_empty());
        }
        assert_eq!(sim.stats().logins, 1, "single-flight login");
        assert_eq!(client.auth_stats().logins, 1);
        assert_eq!(sim.stats().token_rejections, 0);
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn token_expiry_mid_run_is_handled_with_one_relogin() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        for _ in 0..10 {
            client.send(&DevList::default()).await.unwrap();
        }
        sim.expire_tokens();
        let mut tasks = Vec::new();
        for _ in 0..30 {
            let c = client.clone();
            tasks.push(tokio::spawn(
                async move { c.send(&DevList::default()).await },
            ));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap().unwrap().len(), 25);
        }
        let s = sim.stats();
        assert_eq!(s.logins, 2, "exactly one re-login: {s:?}");
        assert!(s.token_rejections >= 1);
        assert_eq!(client.auth_stats().logins, 2);
    })
    .await
}

#[tokio::test]
async fn token_expiry_mid_stream_costs_one_relogin_and_no_item() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let mut stream = client.stream(DevList {
            page_size: Some(5),
            ..Default::default()
        });
        let mut ids = Vec::new();
        while let Some(d) = stream.try_next().await.unwrap() {
            ids.push(d.device_id.unwrap());
            if ids.len() == 7 {
                // In the middle of the second page: the next page request is rejected.
                sim.expire_tokens();
            }
        }
        assert_eq!(ids.len(), 25);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), 25);
        let s = sim.stats();
        assert_eq!(s.logins, 2, "exactly one re-login: {s:?}");
        // The pages in flight when the tokens expired are rejected (at most the page
        // window) and each is repeated once after the single re-login.
        let window = mcs8_client::client_core::options::DEFAULT_PAGE_WINDOW as u64;
        assert!((1..=window).contains(&s.token_rejections), "{s:?}");
        // Five pages (the total of 25 ends the stream) plus the rejected requests.
        assert_eq!(
            s.by_path.get("/api/v1/DevList").copied(),
            Some(5 + s.token_rejections)
        );
    })
    .await
}

#[tokio::test]
async fn token_is_refreshed_before_it_expires() {
    within(async {
        let sim = fast_sim(|b| b.token_lifetime(Duration::from_secs(60))).await;
        // Renew when less than 2 minutes remain: the 60 s token qualifies at once.
        let client = sim
            .client_builder()
            .renew_before(Duration::from_secs(120))
            .build()
            .unwrap();
        client.send(&DevTree {}).await.unwrap();
        client.send(&DevTree {}).await.unwrap();
        client.send(&DevTree {}).await.unwrap();
        let s = sim.stats();
        assert_eq!(s.logins, 1);
        assert_eq!(s.refreshes, 1, "refreshed once, then valid for 24 h: {s:?}");
        assert_eq!(client.auth_stats().refreshes, 1);
    })
    .await
}

#[tokio::test]
async fn burst_of_30_is_smoothed_to_10_per_second() {
    within(async {
        // The seed's own limits (login 2/min, calls 10/s), enforced by the simulator.
        let sim = Simulator::start().await.unwrap();
        let client = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let started = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..30 {
            let c = client.clone();
            tasks.push(tokio::spawn(async move { c.send(&DevTree {}).await }));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let elapsed = started.elapsed();
        let s = sim.stats();
        assert_eq!(s.rejected_calls, 0, "{s:?}");
        assert_eq!(s.calls, 30);
        assert!(s.max_calls_in_window <= 10, "{s:?}");
        assert!(
            elapsed >= Duration::from_millis(2700),
            "30 calls at 10/s took only {elapsed:?}"
        );
        assert_eq!(s.logins, 1);
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn burst_of_1000_is_smoothed_at_a_configured_limit() {
    within(async {
        let sim = Simulator::builder()
            .call_limit(Some(RateLimit::new(500, Duration::from_secs(1))))
            .start()
            .await
            .unwrap();
        let client = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .rate_limit_margin(0.1)
            .build()
            .unwrap();
        let mut tasks = Vec::new();
        for _ in 0..1000 {
            let c = client.clone();
            tasks.push(tokio::spawn(
                async move { c.send(&GroupList::default()).await },
            ));
        }
        for t in tasks {
            t.await.unwrap().unwrap();
        }
        let s = sim.stats();
        assert_eq!(s.rejected_calls, 0, "{s:?}");
        assert_eq!(s.calls, 1000);
        assert!(s.max_calls_in_window <= 500, "{s:?}");
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_burst_of_logins_is_smoothed_to_the_login_limit() {
    within(async {
        // The seed's shape (2 logins per window) on a short window, counted at the
        // simulator; a 30 % margin keeps network jitter from bunching arrivals.
        let sim = Simulator::builder()
            .login_limit(Some(RateLimit::new(2, Duration::from_millis(500))))
            .call_limit(None)
            .start()
            .await
            .unwrap();
        let client = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .rate_limit_margin(0.3)
            .build()
            .unwrap();
        let started = Instant::now();
        let logins = futures::future::join_all((0..6).map(|_| {
            let c = client.clone();
            async move { c.login().await }
        }))
        .await;
        assert!(logins.iter().all(Result::is_ok), "{logins:?}");
        let s = sim.stats();
        assert_eq!((s.logins, s.rejected_logins), (6, 0), "{s:?}");
        assert!(s.max_logins_in_window <= 2, "{s:?}");
        // Six logins at one per 325 ms: the last starts >= 1.6 s after the first.
        assert!(started.elapsed() >= Duration::from_millis(1600));
    })
    .await
}

#[tokio::test]
async fn the_simulator_rejects_clients_that_ignore_the_limits() {
    within(async {
        let sim = Simulator::start().await.unwrap();
        let client = sim
            .client_builder()
            .call_rate_limit(None)
            .login_rate_limit(None)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let results = futures::future::join_all((0..20).map(|_| client.send(&DevTree {}))).await;
        let limited = results
            .iter()
            .filter(|r| matches!(r, Err(Error::Core(client_core::Error::RateLimited { .. }))))
            .count();
        assert!(
            limited >= 9,
            "only {limited} of 20 unthrottled calls were rejected"
        );
        assert_eq!(sim.stats().rejected_calls as usize, limited);
        // Logins: 2 per minute.
        client.login().await.unwrap();
        let third = client.login().await;
        assert!(
            matches!(
                third,
                Err(Error::Core(client_core::Error::RateLimited { .. }))
            ),
            "{third:?}"
        );
        assert_eq!(sim.stats().rejected_logins, 1);
    })
    .await
}

#[tokio::test]
async fn wrong_password_is_a_typed_error() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim
            .client_builder()
            .credentials("pc1", Secret::new("hunter2-secret"))
            .build()
            .unwrap();
        let e = client.send(&DevTree {}).await.unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::WrongPassword), "{e}");
        assert!(!e.to_string().contains("hunter2"));
    })
    .await
}

#[tokio::test]
async fn every_a1_code_surfaces_as_its_typed_error() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let token = client.access_token().await.unwrap();
        // A token-only client cannot log in again, so 401/332 surface too.
        let token_only = Client::builder()
            .base_url(sim.base_url())
            .token(token)
            .call_rate_limit(None)
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        let cases = [
            (302, ErrorCode::Duplicate),
            (303, ErrorCode::InvalidParameter),
            (304, ErrorCode::InvalidDeviceId),
            (305, ErrorCode::InvalidEnterpriseId),
            (306, ErrorCode::InvalidUserId),
            (331, ErrorCode::WrongPassword),
            (332, ErrorCode::Expired),
            (333, ErrorCode::Invalid),
            (400, ErrorCode::BadRequest),
            (401, ErrorCode::Unauthorized),
            (402, ErrorCode::InvalidLicence),
            (403, ErrorCode::DeviceLimitReached),
            (404, ErrorCode::NotFound),
            (405, ErrorCode::NotSupported),
            (406, ErrorCode::Disabled),
            (407, ErrorCode::AccountLocked),
            (410, ErrorCode::DatabaseWriteFailed),
            (411, ErrorCode::CacheWriteFailed),
            (500, ErrorCode::ServerError),
            (1001, ErrorCode::ThirdPartyUnavailable),
            (777, ErrorCode::Unknown(777)),
        ];
        assert_eq!(
            cases.len(),
            21,
            "the 20 codes of A.1 besides 0/200, and one unknown"
        );
        for (code, expected) in cases {
            // Format ① (a single answer) …
            sim.inject(
                FaultRule::new(Fault::VendorCode(code))
                    .path("/api/v1/ext/DevTree")
                    .times(1),
            );
            let e = token_only.send(&DevTree {}).await.unwrap_err();
            assert_eq!(e.code(), Some(expected), "code {code}: {e}");
            assert!(e.to_string().contains(&code.to_string()), "{e}");
            let message = e.api().and_then(|a| a.message.as_deref());
            assert_eq!(message, Some(expected.description()), "{e}");
            assert!(!expected.description().is_empty());
            assert!(!expected.is_success());
            // … and format ② (a list, `{code, msg, count, data}`), through a stream.
            sim.inject(
                FaultRule::new(Fault::VendorCode(code))
                    .path("/api/v1/DevList")
                    .times(1),
            );
            let e = token_only
                .stream(DevList::default())
                .try_collect::<Vec<_>>()
                .await
                .unwrap_err();
            assert_eq!(e.code(), Some(expected), "format ② code {code}: {e}");
            let Some(api) = e.api() else {
                panic!("format ② code {code}: not an API error: {e:?}");
            };
            // DevList answers carry device passwords (B.3): a credential answer's
            // vendor message is not kept, only its typed code.
            assert_eq!(api.message, None, "{e}");
            assert_eq!(api.path, "/api/v1/DevList");
            assert_eq!(api.status, http::StatusCode::OK);
        }
        // Both success codes of A.1 pass: 0 in format ② lists, 200 in format ①.
        assert_eq!(
            token_only.send(&DevList::default()).await.unwrap().len(),
            25
        );
        assert!(!token_only.send(&DevTree {}).await.unwrap().is_empty());
        // With credentials, 401 and 332 trigger one re-login and one retry instead.
        for code in [401, 332] {
            let before = sim.stats().logins;
            sim.inject(
                FaultRule::new(Fault::VendorCode(code))
                    .path("/api/v1/ext/DevTree")
                    .times(1),
            );
            client.send(&DevTree {}).await.unwrap();
            assert_eq!(sim.stats().logins, before + 1, "code {code}");
        }
        // A second rejection right after the re-login is returned, not looped on.
        sim.inject(
            FaultRule::new(Fault::VendorCode(401))
                .path("/api/v1/ext/DevTree")
                .times(2),
        );
        let e = client.send(&DevTree {}).await.unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::Unauthorized));
    })
    .await
}

#[tokio::test]
async fn reads_are_retried_and_writes_are_not() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        sim.inject(
            FaultRule::new(Fault::Http(502))
                .path("/api/v1/DevList")
                .times(2),
        );
        assert_eq!(client.send(&DevList::default()).await.unwrap().len(), 25);
        sim.inject(
            FaultRule::new(Fault::VendorCode(500))
                .path("/api/v1/DevList")
                .times(1),
        );
        assert_eq!(client.send(&DevList::default()).await.unwrap().len(), 25);
        sim.inject(
            FaultRule::new(Fault::VendorCode(500))
                .path("/api/v1/GroupDelete")
                .times(1),
        );
        let e = client.send(&GroupDelete { id: 999 }).await.unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::ServerError));
        assert_eq!(
            sim.stats().by_path["/api/v1/GroupDelete"],
            1,
            "a write is not retried after 500"
        );
        // "Service unavailable" (1001) is retried even for writes.
        sim.inject(
            FaultRule::new(Fault::VendorCode(1001))
                .path("/api/v1/DispatchGroupAdd")
                .times(1),
        );
        client
            .send(&DispatchGroupAdd {
                group_type: GroupType::VideoConference,
                group_name: "retry".into(),
            })
            .await
            .unwrap();
        // An HTML error page survives as a bounded excerpt.
        let strict = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        sim.inject(
            FaultRule::new(Fault::Http(504))
                .path("/api/v1/ext/DevTree")
                .times(1),
        );
        let e = strict.send(&DevTree {}).await.unwrap_err();
        assert!(e.to_string().contains("simulated failure"), "{e}");
    })
    .await
}

#[tokio::test]
async fn signed_urls_are_bounded_to_seven_days() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let e = client
            .signed_url("anything", Duration::from_secs(7 * 86_400 + 1))
            .await
            .unwrap_err();
        assert!(matches!(e, Error::SignedUrlExpiryTooLong { .. }), "{e:?}");
        assert!(!sim.stats().by_path.contains_key("/api/v1/oss/SignedUrl"));
        let file = client
            .stream(RecordFileList::new(day(), day().succ_opt().unwrap()))
            .try_next()
            .await
            .unwrap()
            .unwrap();
        let url = client
            .signed_url(file.id.clone().unwrap(), Duration::from_secs(7 * 86_400))
            .await
            .unwrap();
        assert!(url.pub_url.unwrap().starts_with("https://"));
        assert_eq!(url.relative_path, file.path);
        // A hand-built request beyond the limit is rejected by validate().
        let e = client
            .send(&SignedUrlRequest {
                id: "x".into(),
                expires: 604_801,
            })
            .await
            .unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::InvalidRequest { .. })),
            "{e:?}"
        );
    })
    .await
}

#[tokio::test]
async fn logout_and_supplied_tokens() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let token = client.access_token().await.unwrap();
        // A client with a token obtained elsewhere and no credentials.
        let other = Client::builder()
            .base_url(sim.base_url())
            .token(token.clone())
            .build()
            .unwrap();
        assert_eq!(other.send(&DevList::default()).await.unwrap().len(), 25);
        assert_eq!(sim.stats().logins, 1);
        // with_token on an existing client.
        let third = client.with_token(token);
        third.send(&GroupList::default()).await.unwrap();
        assert_eq!(sim.stats().logins, 1);
        // Logout revokes the token everywhere; the token-only client now fails…
        client.logout().await.unwrap();
        let e = other.send(&DevList::default()).await.unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::Unauthorized));
        // …while the credentialed client logs in again on its next call.
        client.send(&DevList::default()).await.unwrap();
        assert_eq!(sim.stats().logins, 2);
        let nobody = Client::builder().base_url(sim.base_url()).build().unwrap();
        assert!(matches!(
            nobody.send(&DevTree {}).await,
            Err(Error::NotAuthenticated)
        ));
    })
    .await
}

#[tokio::test]
async fn raw_envelope_escape_hatch() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let env = client
            .raw(&DevList {
                page_size: Some(5),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(env.format(), mcs8_client::EnvelopeFormat::Paged);
        assert_eq!(env.total, Some(25));
        assert_eq!(env.content.unwrap().as_array().unwrap().len(), 5);
        let env = client.raw(&GroupDelete { id: 424242 }).await.unwrap();
        assert_eq!(env.error_code(), Some(ErrorCode::NotFound));
    })
    .await
}

async fn collect<P>(client: &Client, req: P) -> Vec<P::Item>
where
    P: client_core::Paged,
    P::Response: mcs8_client::Payload,
    P::Item: serde::Serialize,
{
    let items: Vec<P::Item> = client.stream(req).try_collect().await.unwrap();
    // No item is delivered twice across page boundaries.
    let distinct: HashSet<String> = items
        .iter()
        .map(|i| serde_json::to_string(i).unwrap())
        .collect();
    assert_eq!(distinct.len(), items.len(), "an item was repeated");
    items
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_paged_endpoint_across_page_boundaries() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let c = sim.client_builder().build().unwrap();
        let d0 = day();
        let d1 = d0.succ_opt().unwrap();

        // Enterprises: 1 seeded + 9 added, pages of 3.
        for i in 0..9 {
            c.send(&EnterAdd {
                enter_name: format!("E{i}"),
                parent_id: 0,
                contact: "c".into(),
                telephone: "1".into(),
                address: "a".into(),
                remark: None,
                enter_login_name: format!("e{i}"),
                enter_password: Secret::new("pw"),
            })
            .await
            .unwrap();
        }
        let all = collect(
            &c,
            EnterList {
                enter_id: 0,
                page_size: Some(3),
                ..Default::default()
            },
        )
        .await;
        assert_eq!(all.len(), 10);
        assert_eq!(all.iter().map(|e| e.id).collect::<HashSet<_>>().len(), 10);

        for i in 0..5 {
            c.send(&GroupAdd {
                group_name: format!("G{i}"),
                ..Default::default()
            })
            .await
            .unwrap();
        }
        assert_eq!(
            collect(
                &c,
                GroupList {
                    page_size: Some(3),
                    ..Default::default()
                }
            )
            .await
            .len(),
            7
        );

        // Devices: 25 in pages of 7 (last page partial) and of 5 (exact multiple).
        for size in [7, 5, 1000] {
            let devs = collect(
                &c,
                DevList {
                    page_size: Some(size),
                    ..Default::default()
                },
            )
            .await;
            assert_eq!(devs.len(), 25, "page size {size}");
            let ids: HashSet<_> = devs.iter().map(|d| d.device_id.clone()).collect();
            assert_eq!(ids.len(), 25);
        }
        assert_eq!(DevList::DEFAULT_PAGE_SIZE, 1000);
        let group12 = collect(
            &c,
            DevList {
                group_id: Some(12),
                page_size: Some(4),
                ..Default::default()
            },
        )
        .await;
        assert_eq!(group12.len(), 13);

        let mut files = RecordFileList::new(d0, d1);
        files.page_size = Some(30);
        assert_eq!(collect(&c, files.clone()).await.len(), 100);
        files.f_type = Some(FileType::Video);
        assert_eq!(collect(&c, files).await.len(), 25);

        let mut alarms = AlarmList::new(d0, d1);
        alarms.page_size = Some(30);
        assert_eq!(collect(&c, alarms.clone()).await.len(), 100);
        alarms.alarm_type = Some(AlarmType::Sos);
        assert_eq!(collect(&c, alarms).await.len(), 50);

        // One hour of positions at 10 s = 360, in pages of 100.
        let mut gps = GpsList::new(sim_device_id(1), at(d0, 8), at(d0, 9));
        gps.page_size = Some(100);
        let points = collect(&c, gps).await;
        assert_eq!(points.len(), 360);
        assert!(points.windows(2).all(|w| w[0].gps_time < w[1].gps_time));
        assert_eq!(GpsList::DEFAULT_PAGE_SIZE, 17_280);

        let mut stats = GpsStatsList::new(d0, d0 + TimeDelta::days(3));
        stats.page_size = Some(20);
        assert_eq!(collect(&c, stats).await.len(), 75);

        for i in 0..4 {
            c.send(&DispatchGroupAdd {
                group_type: GroupType::Intercom,
                group_name: format!("D{i}"),
            })
            .await
            .unwrap();
        }
        assert_eq!(
            collect(
                &c,
                DispatchGroupList {
                    page_size: Some(2),
                    ..Default::default()
                }
            )
            .await
            .len(),
            5
        );

        for i in 0..4 {
            c.send(&GeofenceAdd {
                name: format!("F{i}"),
                fence_type: GeofenceType::Fence,
                in_or_out: InOrOut::NotSet,
                start_time: None,
                end_time: None,
                point_list: vec![LatLng::new(22.55, 114.10), LatLng::new(22.56, 114.11)],
                dev_list: Some(vec![sim_device_id(2)]),
            })
            .await
            .unwrap();
        }
        assert_eq!(
            collect(
                &c,
                GeofenceList {
                    page_size: Some(2),
                    ..Default::default()
                }
            )
            .await
            .len(),
            5
        );

        let mut access = GeofenceAccessList::new(sim_device_id(1), d0, d0 + TimeDelta::days(10));
        access.page_size = Some(3);
        assert_eq!(collect(&c, access).await.len(), 10);

        for i in 0..11 {
            c.send(&TaskAdd {
                work_no: format!("W{i}"),
                title: "t".into(),
                task_type: TaskType::Daily,
                remark: None,
                custom: None,
            })
            .await
            .unwrap();
        }
        let now = chrono::Utc::now().naive_utc();
        let mut tasks = TaskList::new(now - TimeDelta::hours(1), now + TimeDelta::hours(1));
        tasks.page_size = Some(4);
        assert_eq!(collect(&c, tasks).await.len(), 11);
        assert_eq!(TaskList::DEFAULT_PAGE_SIZE, 5000);

        for i in 0..5 {
            c.send(&FaceAdd {
                name: format!("P{i}"),
                id_card: format!("44030019900101{i:04}"),
                img_url: format!("img{i}"),
                sex: Sex::Female,
                age: Some(30),
                remark: None,
            })
            .await
            .unwrap();
            c.send(&LicencePlateAdd {
                license_plate: format!("粤B1234{i}"),
                license_color: LicenseColor::Blue,
                name: format!("Owner {i}"),
                remark: None,
            })
            .await
            .unwrap();
        }
        assert_eq!(
            collect(
                &c,
                FaceList {
                    page_size: Some(2),
                    ..Default::default()
                }
            )
            .await
            .len(),
            5
        );
        assert_eq!(
            collect(
                &c,
                LicencePlateList {
                    page_size: Some(2),
                    ..Default::default()
                }
            )
            .await
            .len(),
            5
        );

        let mut online = DevOnlineList::new(d0, d0 + TimeDelta::days(2));
        online.page_size = Some(30);
        assert_eq!(collect(&c, online).await.len(), 100);

        // Every list was really fetched in several pages (the counts are the pages of
        // the collections above, plus the stop request where a page came back full).
        let by_path = sim.stats().by_path;
        for (path, at_least) in [
            ("/api/v1/EnterList", 4),
            ("/api/v1/GroupList", 3),
            ("/api/v1/DevList", 4 + 5 + 1 + 4),
            ("/api/v1/RecordFileList", 4 + 1),
            ("/api/v1/AlarmList", 4 + 2),
            ("/api/v1/GPSList", 4),
            ("/api/v1/GPSStatsList", 4),
            ("/api/v1/DispatchGroupList", 3),
            ("/api/v1/GeofenceList", 3),
            ("/api/v1/GeofenceAccessList", 4),
            ("/api/v1/TaskList", 3),
            ("/api/v1/ai/FaceList", 3),
            ("/api/v1/ai/LicencePlateList", 3),
            ("/api/v1/DevOnlineList", 4),
        ] {
            let n = by_path.get(path).copied().unwrap_or(0);
            assert!(
                n >= at_least,
                "{path}: {n} page requests, expected >= {at_least}"
            );
        }
    })
    .await
}

/// A GET request carrying a member its table does not document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct DevListWithTypo {
    #[serde(rename = "pagesize")]
    page_size: u32,
}

impl client_core::Endpoint for DevListWithTypo {
    type Response = mcs8_client::Listing<Device>;
    const METHOD: http::Method = http::Method::GET;
    const PATH: &'static str = "/api/v1/DevList";
    const BODY: client_core::BodyKind = client_core::BodyKind::Query;
    const IDEMPOTENT: bool = true;
}

/// A GET request missing a required member (GPSList's `devId`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct GpsListWithoutDevice {
    st: String,
    et: String,
}

impl client_core::Endpoint for GpsListWithoutDevice {
    type Response = mcs8_client::Listing<Position>;
    const METHOD: http::Method = http::Method::GET;
    const PATH: &'static str = "/api/v1/GPSList";
    const BODY: client_core::BodyKind = client_core::BodyKind::Query;
    const IDEMPOTENT: bool = true;
}

/// A POST body carrying a member its table does not document.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct DispatchGroupAddWithExtra {
    group_type: i64,
    group_name: String,
    remark: String,
}

impl client_core::Endpoint for DispatchGroupAddWithExtra {
    type Response = mcs8_client::Ack;
    const METHOD: http::Method = http::Method::POST;
    const PATH: &'static str = "/api/v1/DispatchGroupAdd";
    const BODY: client_core::BodyKind = client_core::BodyKind::Json;
    const IDEMPOTENT: bool = false;
}

#[tokio::test]
async fn the_simulator_rejects_undocumented_request_members() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let c = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        // DevList spells it pageSize (2.4.1); pagesize is another endpoint's spelling.
        let e = c.send(&DevListWithTypo { page_size: 5 }).await.unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::InvalidParameter), "{e}");
        assert!(e.to_string().contains("pagesize"), "{e}");
        // 2.7.1 marks devId required.
        let e = c
            .send(&GpsListWithoutDevice {
                st: "2024-05-06".into(),
                et: "2024-05-07".into(),
            })
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::InvalidParameter), "{e}");
        assert!(e.to_string().contains("devId"), "{e}");
        // 2.8.2's table has groupType and groupName only.
        let e = c
            .send(&DispatchGroupAddWithExtra {
                group_type: 4,
                group_name: "x".into(),
                remark: "not in 2.8.2".into(),
            })
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::InvalidParameter), "{e}");
        assert!(e.to_string().contains("remark"), "{e}");
        // TaskList's table fixes yyyy-MM-dd HH:mm:ss; the typed request complies even
        // when given dates.
        let tasks = c.send(&TaskList::new(day(), day())).await.unwrap();
        assert!(tasks.is_empty());
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gps_list_for_large_decodes_604800_points() {
    within(async {
        // One point per second: 7 days = 604,800 points, GPSListForlarge's default size.
        let sim = fast_sim(|b| b.gps_interval(Duration::from_secs(1))).await;
        let client = sim.client_builder().build().unwrap();
        let st = at(day(), 0);
        let et = st + TimeDelta::days(7);
        let started = Instant::now();
        let track = client
            .send(&GpsListForLarge::new(sim_device_id(1), st, et))
            .await
            .unwrap();
        let elapsed = started.elapsed();
        eprintln!(
            "GPSListForlarge: {} points fetched and decoded in {elapsed:?}",
            track.len()
        );
        assert_eq!(track.len(), 604_800);
        // The answer is well over the client's default 16 MiB cap: it goes through only
        // because GPSListForlarge raises its own cap (issue 10 item 1).
        let wire = serde_json::to_vec(&track).unwrap().len();
        eprintln!("GPSListForlarge: {} MB as compact JSON", wire / 1_000_000);
        assert!(
            wire > client_core::options::DEFAULT_MAX_RESPONSE_BYTES,
            "{wire}"
        );
        assert!(wire < GpsListForLarge::MAX_RESPONSE_BYTES, "{wire}");
        // A client whose own cap is 1 MiB still gets the whole answer: the endpoint's
        // cap applies to this call.
        let small = sim
            .client_builder()
            .max_response_bytes(1 << 20)
            .build()
            .unwrap();
        let again = small
            .send(&GpsListForLarge::new(sim_device_id(1), st, et))
            .await
            .unwrap();
        assert_eq!(again.len(), 604_800);
        assert_eq!(track.points[0], track_point(st));
        assert_eq!(
            track.points[604_799],
            track_point(et - TimeDelta::seconds(1))
        );
        assert!(track
            .points
            .windows(2)
            .all(|w| w[1].time - w[0].time == TimeDelta::seconds(1)));
    })
    .await
}

#[tokio::test]
async fn gps_track_splits_long_ranges_into_windows() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let st = at(day(), 0);
        let et = st + TimeDelta::days(10);
        let track = client.gps_track(&sim_device_id(3), st, et).await.unwrap();
        assert_eq!(track.len(), 10 * 8640);
        assert_eq!(track[0], track_point(st));
        assert_eq!(
            *track.last().unwrap(),
            track_point(et - TimeDelta::seconds(10))
        );
        assert!(track
            .windows(2)
            .all(|w| w[1].time - w[0].time == TimeDelta::seconds(10)));
        assert_eq!(
            sim.stats().by_path["/api/v1/GPSListForlarge"],
            2,
            "7 days + 3 days"
        );
        // Day-sized windows for a progress bar.
        let chunks: Vec<_> = client
            .gps_track_chunks(
                &sim_device_id(3),
                st,
                st + TimeDelta::days(3),
                Duration::from_secs(86_400),
            )
            .try_collect()
            .await
            .unwrap();
        assert_eq!(chunks.len(), 3);
        assert!(chunks
            .iter()
            .all(|c| c.points.len() == 8640 && c.windows == 3));
    })
    .await
}

#[tokio::test]
async fn gps_track_continues_a_full_window() {
    within(async {
        // 1 point per second over 8 days: the first 7-day window is exactly full.
        let sim = fast_sim(|b| b.gps_interval(Duration::from_secs(1))).await;
        let client = sim.client_builder().build().unwrap();
        let st = at(day(), 0);
        let et = st + TimeDelta::days(7) + TimeDelta::hours(1);
        let track = client.gps_track(&sim_device_id(1), st, et).await.unwrap();
        assert_eq!(track.len(), 604_800 + 3600);
        let unique: HashSet<_> = track.iter().map(|p| p.time).collect();
        assert_eq!(
            unique.len(),
            track.len(),
            "no duplicates at window boundaries"
        );
    })
    .await
}

#[tokio::test]
async fn create_edit_delete_round_trips() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let c = sim.client_builder().build().unwrap();

        // Devices and channels.
        let fields = DeviceFields {
            device_id: "new-1".into(),
            serial_number: None,
            device_name: "New".into(),
            device_type: DeviceType::MultiChannelVideo,
            password: Secret::new("pw"),
            sim: None,
            enter_id: Some(0),
            group_id: Some(12),
            ico_type: None,
            remark: None,
            enable_tcp: Some(true),
            server_code: None,
            props: Some(DeviceProps {
                enable_video: Some(true),
                ..Default::default()
            }),
        };
        c.send(&DevAdd {
            device: fields.clone(),
        })
        .await
        .unwrap();
        let e = c
            .send(&DevAdd {
                device: fields.clone(),
            })
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::Duplicate));
        c.send(&DevEdit {
            device: DeviceFields {
                device_name: "Renamed".into(),
                ..fields.clone()
            },
        })
        .await
        .unwrap();
        c.send(&DevChnUpdate {
            device_id: "new-1".into(),
            channels: vec![Channel {
                code: Some("1".into()),
                name: Some("CH1".into()),
                ptz: Some(Ptz::Yes),
                status: Some(ChannelOp::Add),
                ..Default::default()
            }],
        })
        .await
        .unwrap();
        let found = c
            .send(&DevList {
                keywords: Some("new-1".into()),
                ..Default::default()
            })
            .await
            .unwrap();
        assert_eq!(found.items.len(), 1);
        let dev = &found.items[0];
        assert_eq!(dev.device_name.as_deref(), Some("Renamed"));
        let ch_id = dev.channels.as_ref().unwrap()[0].id;
        c.send(&DevChnUpdate {
            device_id: "new-1".into(),
            channels: vec![Channel {
                id: ch_id,
                status: Some(ChannelOp::Delete),
                ..Default::default()
            }],
        })
        .await
        .unwrap();
        let dev = c
            .send(&DevList {
                keywords: Some("new-1".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .items
            .remove(0);
        assert_eq!(dev.channels.unwrap().len(), 0);
        c.send(&DevDelete {
            device_id: "new-1".into(),
            dev_id: None,
        })
        .await
        .unwrap();
        assert_eq!(sim.device_count(), 25);
        let e = c
            .send(&DevDelete {
                device_id: "new-1".into(),
                dev_id: None,
            })
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::InvalidDeviceId));

        // Enterprises and groups.
        c.send(&EnterAdd {
            enter_name: "Branch".into(),
            parent_id: 0,
            contact: "c".into(),
            telephone: "1".into(),
            address: "a".into(),
            remark: None,
            enter_login_name: "branch".into(),
            enter_password: Secret::new("pw"),
        })
        .await
        .unwrap();
        let branch = c
            .send(&EnterList {
                enter_id: 1,
                keywords: Some("Branch".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .items
            .remove(0);
        let id = branch.id.unwrap();
        assert!(
            branch.enter_password.is_none(),
            "the simulator never echoes passwords"
        );
        c.send(&EnterEdit {
            id,
            enter_name: "Branch 2".into(),
            parent_id: 1,
            contact: "d".into(),
            telephone: "2".into(),
            ..Default::default()
        })
        .await
        .unwrap();
        c.send(&EnterDelete { id }).await.unwrap();
        let e = c.send(&EnterDelete { id: 1 }).await.unwrap_err();
        assert_eq!(
            e.code(),
            Some(ErrorCode::NotSupported),
            "a non-empty enterprise cannot be deleted"
        );

        c.send(&GroupAdd {
            group_name: "Cascade".into(),
            group_type: Some(GroupType::Gb28181Cascade),
            gb28181_props: Some(Gb28181Props {
                server_ip: Some("10.0.0.1".into()),
                server_port: Some("5060".into()),
                ..Default::default()
            }),
            ..Default::default()
        })
        .await
        .unwrap();
        let g = c
            .send(&GroupList {
                keywords: Some("Cascade".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .items
            .remove(0);
        assert_eq!(
            g.gb28181_props.unwrap().server_port.as_deref(),
            Some("5060")
        );
        c.send(&GroupEdit {
            id: g.id.unwrap(),
            group_name: "Cascade 2".into(),
            ..Default::default()
        })
        .await
        .unwrap();
        c.send(&GroupDelete { id: g.id.unwrap() }).await.unwrap();

        // Dispatch groups and members.
        c.send(&DispatchGroupAdd {
            group_type: GroupType::PhoneConference,
            group_name: "Call".into(),
        })
        .await
        .unwrap();
        let dg = c
            .send(&DispatchGroupList {
                keywords: Some("Call".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .items
            .remove(0);
        let dg_id = dg.id.unwrap();
        c.send(&DispatchGroupEdit {
            id: dg_id,
            group_name: "Call 2".into(),
        })
        .await
        .unwrap();
        c.send(&DispatchGroupDeviceUpdate {
            id: dg_id,
            device_list: vec![
                MemberChange {
                    device_id: sim_device_id(1),
                    status: MemberOp::Join,
                },
                MemberChange {
                    device_id: sim_device_id(2),
                    status: MemberOp::Join,
                },
            ],
        })
        .await
        .unwrap();
        c.send(&DispatchGroupDeviceUpdate {
            id: dg_id,
            device_list: vec![MemberChange {
                device_id: sim_device_id(1),
                status: MemberOp::Remove,
            }],
        })
        .await
        .unwrap();
        let dg = c
            .send(&DispatchGroupList {
                keywords: Some("Call 2".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .items
            .remove(0);
        let members: Vec<_> = dg
            .device_list
            .unwrap()
            .into_iter()
            .filter_map(|d| d.device_id)
            .collect();
        assert_eq!(members, vec![sim_device_id(2)]);
        c.send(&DispatchGroupDelete { id: dg_id }).await.unwrap();

        // Geofences.
        let pts = vec![
            LatLng::new(22.5503, 114.1010),
            LatLng::new(22.5603, 114.1110),
        ];
        let e = c
            .send(&GeofenceAdd {
                name: "X".into(),
                fence_type: GeofenceType::Fence,
                in_or_out: InOrOut::NoEntry,
                start_time: None,
                end_time: None,
                point_list: pts.clone(),
                dev_list: None,
            })
            .await
            .unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::InvalidRequest { .. })),
            "times required with inOrOut ≠ 0"
        );
        c.send(&GeofenceAdd {
            name: "Yard".into(),
            fence_type: GeofenceType::Fence,
            in_or_out: InOrOut::NoExit,
            start_time: Some(at(day(), 8)),
            end_time: Some(at(day(), 18)),
            point_list: pts.clone(),
            dev_list: Some(vec![sim_device_id(1)]),
        })
        .await
        .unwrap();
        let f = c
            .send(&GeofenceList {
                keywords: Some("Yard".into()),
                ..Default::default()
            })
            .await
            .unwrap()
            .items
            .remove(0);
        assert_eq!(f.start_time, Some(at(day(), 8)));
        c.send(&GeofenceEdit {
            id: f.id.clone(),
            name: "Yard 2".into(),
            fence_type: None,
            in_or_out: InOrOut::NotSet,
            start_time: None,
            end_time: None,
            point_list: pts,
            dev_list: None,
        })
        .await
        .unwrap();
        c.send(&GeofenceDelete { id: f.id.unwrap() }).await.unwrap();

        // Work orders.
        c.send(&TaskAdd {
            work_no: "WO-1".into(),
            title: "Patrol".into(),
            task_type: TaskType::Daily,
            remark: None,
            custom: Some(serde_json::json!({"line": 3})),
        })
        .await
        .unwrap();
        let now = chrono::Utc::now().naive_utc();
        let t = c
            .send(&TaskList::new(
                now - TimeDelta::hours(1),
                now + TimeDelta::hours(1),
            ))
            .await
            .unwrap()
            .items
            .remove(0);
        let tid = t.id.unwrap();
        assert_eq!(t.custom.unwrap()["line"], 3);
        c.send(&TaskUpdate {
            id: tid.clone(),
            work_no: "WO-1".into(),
            title: "Patrol 2".into(),
            task_type: TaskType::Power,
            remark: None,
            custom: None,
        })
        .await
        .unwrap();
        c.send(&TaskUpdateDest {
            id: tid.clone(),
            dest_dev_id: sim_device_id(5),
        })
        .await
        .unwrap();
        c.send(&TaskUpdateStatus {
            id: tid.clone(),
            status: TaskStatus::Running,
            des: None,
        })
        .await
        .unwrap();
        let mut q = TaskList::new(now - TimeDelta::hours(1), now + TimeDelta::hours(1));
        q.status = Some(TaskStatus::Running);
        q.dev_id = Some(sim_device_id(5));
        let t = c.send(&q).await.unwrap().items.remove(0);
        assert_eq!(t.title.as_deref(), Some("Patrol 2"));
        let e = c
            .send(&TaskUpdate {
                id: tid.clone(),
                work_no: "WO-1".into(),
                title: "x".into(),
                task_type: TaskType::Daily,
                remark: None,
                custom: None,
            })
            .await
            .unwrap_err();
        assert_eq!(
            e.code(),
            Some(ErrorCode::NotSupported),
            "a running work order cannot be edited"
        );
        c.send(&TaskDelete { id: tid }).await.unwrap();

        // Faces and face services.
        c.send(&FaceAdd {
            name: "Li".into(),
            id_card: "440300199001011234".into(),
            img_url: "IMG".into(),
            sex: Sex::Male,
            age: Some(34),
            remark: None,
        })
        .await
        .unwrap();
        let faces = c
            .send(&FaceList {
                with_feature: Some(true),
                ..Default::default()
            })
            .await
            .unwrap();
        assert!(faces.items[0].feature.is_some());
        let faces = c.send(&FaceList::default()).await.unwrap();
        assert!(faces.items[0].feature.is_none());
        let hit = c
            .send(&FaceRecognize {
                image: FaceImage::base64("IMG"),
            })
            .await
            .unwrap();
        assert_eq!(hit.name.as_deref(), Some("Li"));
        assert!(c
            .send(&FaceQuality {
                image: FaceImage::base64("IMG")
            })
            .await
            .unwrap()
            .is_good_quality());
        let det = c
            .send(&DetectFace {
                image: FaceImage::base64("IMG"),
            })
            .await
            .unwrap();
        assert_eq!(det.feature.unwrap().len(), 8);
        let login = c
            .send(&FaceLoginByImg {
                image: FaceImage::base64("IMG"),
                dev_id: sim_device_id(1),
            })
            .await
            .unwrap();
        assert_eq!(login.people_no.as_deref(), Some("440300199001011234"));
        c.send(&FaceDel {
            id: faces.items[0].id.clone().unwrap(),
        })
        .await
        .unwrap();
        assert_eq!(sim.face_count(), 0);

        // Plates.
        c.send(&LicencePlateAdd {
            license_plate: "粤B12345".into(),
            license_color: LicenseColor::Green,
            name: "Wang".into(),
            remark: None,
        })
        .await
        .unwrap();
        let p = c
            .send(&LicencePlateList::default())
            .await
            .unwrap()
            .items
            .remove(0);
        assert_eq!(p.license_color, Some(LicenseColor::Green));
        c.send(&LicencePlateDel { id: p.id.unwrap() })
            .await
            .unwrap();
        assert!(c
            .send(&LicencePlateList::default())
            .await
            .unwrap()
            .is_empty());

        // Files and alarms.
        let d1 = day().succ_opt().unwrap();
        let f = c
            .send(&RecordFileList::new(day(), d1))
            .await
            .unwrap()
            .items
            .remove(0);
        let fid = f.id.unwrap();
        c.send(&RecordFileUpdateLabel {
            id: fid.clone(),
            l_type: LabelType::Important,
        })
        .await
        .unwrap();
        let mut q = RecordFileList::new(day(), d1);
        q.l_type = Some(LabelType::Important);
        assert_eq!(c.send(&q).await.unwrap().items.len(), 1);
        c.send(&RecordFileDel { id: fid }).await.unwrap();
        let a = c
            .send(&AlarmList::new(day(), d1))
            .await
            .unwrap()
            .items
            .remove(0);
        let aid = a.id.unwrap();
        c.send(&AlarmUpdateDeal {
            id: aid.clone(),
            deal_type: DealType::Manual,
            deal_status: DealStatus::Handled,
            deal_desc: Some("测试".into()),
        })
        .await
        .unwrap();
        let mut q = AlarmList::new(day(), d1);
        q.deal_status = Some(DealStatus::Handled);
        let handled = c.send(&q).await.unwrap().items.remove(0);
        assert_eq!(handled.deal_desc.as_deref(), Some("测试"));
        c.send(&AlarmUpdateDel { id: aid }).await.unwrap();
        assert_eq!(
            c.send(&AlarmList::new(day(), d1)).await.unwrap().total,
            Some(99)
        );

        // Device tree.
        let tree = c.send(&DevTree {}).await.unwrap();
        assert_eq!(
            tree.iter()
                .filter(|n| n.node_type == Some(TreeNodeType::Device))
                .count(),
            25
        );
        assert!(tree
            .iter()
            .filter_map(|n| n.device())
            .all(|d| d.device_id.is_some()));
    })
    .await
}

#[tokio::test]
async fn hand_built_login_and_logout_through_send() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let login = mcs8_client::api::auth::Login::new(
            "pc1",
            &Secret::new("000000"),
            client_core::unix_seconds(),
        );
        let token = client.send(&login).await.unwrap();
        assert!(token.access_token.is_some());
        assert_eq!(token.expires_in, Some(86_400));
        assert_eq!(sim.stats().logins, 1);
        // The client's own token lifecycle is separate: it logs in on first use.
        client.send(&DevTree {}).await.unwrap();
        assert_eq!(sim.stats().logins, 2);
        client
            .send(&mcs8_client::api::auth::Logout {})
            .await
            .unwrap();
        // The revoked token was forgotten: the next call logs in instead of failing.
        client.send(&DevTree {}).await.unwrap();
        let s = sim.stats();
        assert_eq!((s.logins, s.token_rejections), (3, 0), "{s:?}");
    })
    .await
}

#[tokio::test]
async fn prefetching_stream_yields_the_same_items() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client_builder().build().unwrap();
        let opts = client_core::PaginateOptions::new(4).prefetch(true);
        let a: Vec<Device> = client
            .stream_with(DevList::default(), opts)
            .try_collect()
            .await
            .unwrap();
        let b: Vec<Device> = client
            .stream(DevList {
                page_size: Some(4),
                ..Default::default()
            })
            .try_collect()
            .await
            .unwrap();
        assert_eq!(a, b);
        assert_eq!(a.len(), 25);
    })
    .await
}

#[tokio::test]
async fn slow_answers_time_out_and_reads_are_retried() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim
            .client_builder()
            .timeout(Duration::from_millis(300))
            .build()
            .unwrap();
        client.send(&DevTree {}).await.unwrap(); // log in first
        sim.inject(
            FaultRule::new(Fault::Latency(Duration::from_secs(2)))
                .path("/api/v1/DevList")
                .times(1),
        );
        assert_eq!(
            client.send(&DevList::default()).await.unwrap().len(),
            25,
            "the read is retried after the timeout"
        );
        sim.inject(
            FaultRule::new(Fault::Latency(Duration::from_secs(2)))
                .path("/api/v1/GroupEdit")
                .times(1),
        );
        let e = client
            .send(&GroupEdit {
                id: 11,
                group_name: "slow".into(),
                ..Default::default()
            })
            .await
            .unwrap_err();
        assert!(
            matches!(e, Error::Core(client_core::Error::Timeout { .. })),
            "{e:?}"
        );
        assert!(e.is_retryable(), "a timeout is retryable for reads");
    })
    .await
}

#[tokio::test]
async fn lists_without_a_total_stop_on_a_short_or_empty_page() {
    within(async {
        let sim = fast_sim(|b| b.lists_in_format1(true)).await;
        let client = sim.client_builder().build().unwrap();
        // 25 devices in pages of 5: the sixth page is empty and ends the stream.
        assert_eq!(
            collect(
                &client,
                DevList {
                    page_size: Some(5),
                    ..Default::default()
                }
            )
            .await
            .len(),
            25
        );
        assert_eq!(sim.stats().by_path["/api/v1/DevList"], 6);
        // Pages of 7: the fourth page is short (4 items) and ends the stream.
        assert_eq!(
            collect(
                &client,
                DevList {
                    page_size: Some(7),
                    ..Default::default()
                }
            )
            .await
            .len(),
            25
        );
        assert_eq!(sim.stats().by_path["/api/v1/DevList"], 10);
        let mut gps = GpsList::new(sim_device_id(1), at(day(), 8), at(day(), 9));
        gps.page_size = Some(100);
        assert_eq!(collect(&client, gps).await.len(), 360);
    })
    .await
}

#[tokio::test]
async fn secrets_never_reach_debug_output() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let builder = sim.client_builder();
        assert!(!format!("{builder:?}").contains("000000"));
        let client = builder.build().unwrap();
        let token = client.access_token().await.unwrap();
        let printed = format!("{client:?} {token:?}");
        assert!(
            !printed.contains("000000") && !printed.contains(token.expose()),
            "{printed}"
        );
    })
    .await
}

#[tokio::test]
async fn a_429_keeps_and_honours_retry_after() {
    within(async {
        let sim = fast_sim(|b| b).await;
        // Retries off: the server's Retry-After is carried in the error.
        let strict = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap();
        strict.send(&DevTree {}).await.unwrap();
        sim.inject(
            FaultRule::new(Fault::RateLimited {
                retry_after_secs: Some(1),
            })
            .path(<DevTree as client_core::Endpoint>::PATH)
            .times(1),
        );
        let e = strict.send(&DevTree {}).await.unwrap_err();
        let Error::Core(client_core::Error::RateLimited {
            path, retry_after, ..
        }) = &e
        else {
            panic!("not a rate-limit error: {e:?}");
        };
        assert_eq!(path, "/api/v1/ext/DevTree");
        assert_eq!(*retry_after, Some(Duration::from_secs(1)));
        assert!(e.is_retryable());
        // Retries on (the fast policy's own backoff is milliseconds): the next attempt
        // waits at least the server's Retry-After, then succeeds.
        let client = sim.client().unwrap();
        client.send(&DevTree {}).await.unwrap();
        sim.inject(
            FaultRule::new(Fault::RateLimited {
                retry_after_secs: Some(1),
            })
            .path("/api/v1/ext/DevTree")
            .times(1),
        );
        let started = Instant::now();
        assert!(!client.send(&DevTree {}).await.unwrap().is_empty());
        let waited = started.elapsed();
        assert!(waited >= Duration::from_secs(1), "retried after {waited:?}");
        assert!(waited < Duration::from_secs(10), "retried after {waited:?}");
        let tries = sim.requests_to("/api/v1/ext/DevTree");
        let verdicts: Vec<&str> = tries.iter().map(|r| r.verdict.as_str()).collect();
        assert!(
            verdicts.ends_with(&[
                "ok",
                "fault: RateLimited { retry_after_secs: Some(1) }",
                "ok"
            ]),
            "{verdicts:?}"
        );
    })
    .await
}

#[tokio::test]
async fn the_request_log_and_the_shared_fault_vocabulary() {
    within(async {
        let sim = fast_sim(|b| b).await;
        let client = sim.client().unwrap();
        client.send(&DevList::default()).await.unwrap();
        let log = sim.requests();
        assert_eq!(log[0].path, "/api/v1/auth/Token");
        assert_eq!(log[0].method, "POST");
        let list = &sim.requests_to("/api/v1/DevList")[0];
        assert!(list.header("token").is_some_and(|t| !t.is_empty()));
        assert_eq!(list.verdict, "ok");
        sim.clear_requests();
        assert!(sim.requests().is_empty());
        // Busy = 1001 (第三方服务不可用), retried even for a write.
        sim.inject(FaultRule::new(Fault::Busy).path("/api/v1/GroupDelete").times(1));
        let e = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap()
            .send(&GroupDelete { id: 999 })
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(ErrorCode::ThirdPartyUnavailable));
        assert!(e.is_retryable());
        // A truncated body is a decode error naming the path.
        sim.inject(FaultRule::new(Fault::Body(r#"{"Result":200,"Content":["#.into())).times(1));
        let e = sim
            .client_builder()
            .retry_policy(RetryPolicy::none())
            .build()
            .unwrap()
            .send(&DevTree {})
            .await
            .unwrap_err();
        assert!(
            matches!(&e, Error::Core(client_core::Error::Decode { path, .. }) if path == "/api/v1/ext/DevTree"),
            "{e:?}"
        );
        // clear_faults removes rules that were never used up.
        sim.inject(FaultRule::new(Fault::Http(503)));
        sim.clear_faults();
        client.send(&DevTree {}).await.unwrap();
    })
    .await
}
