//! Every endpoint of the seed as a typed request struct implementing
//! [`client_core::Endpoint`] through the one endpoint idiom, `client_core::endpoint!`
//! (GET → query string, POST → JSON body; checks in an inherent `check` method),
//! grouped as the seed groups them. List endpoints also implement [`client_core::Paged`], with the
//! page size the seed documents as their default (`DEFAULT_PAGE_SIZE`).
//!
//! | seed | method | path | request | response | default page size |
//! |---|---|---|---|---|---|
//! | 2.1.1 | POST | `/api/v1/auth/Token` | [`Login`](auth::Login) | `TokenInfo` |  |
//! | 2.1.2 | GET | `/api/v1/auth/Logout` | [`Logout`](auth::Logout) | `Ack` |  |
//! | 2.1.3 | GET | `/api/v1/auth/RefreshToken` | [`RefreshToken`](auth::RefreshToken) | `TokenInfo` |  |
//! | 2.2.1 | GET | `/api/v1/EnterList` | [`EnterList`](org::EnterList) | `Listing<Enterprise>` | 1000 |
//! | 2.2.2 | POST | `/api/v1/EnterAdd` | [`EnterAdd`](org::EnterAdd) | `Ack` |  |
//! | 2.2.3 | POST | `/api/v1/EnterEdit` | [`EnterEdit`](org::EnterEdit) | `Ack` |  |
//! | 2.2.4 | GET | `/api/v1/EnterDelete` | [`EnterDelete`](org::EnterDelete) | `Ack` |  |
//! | 2.3.1 | GET | `/api/v1/GroupList` | [`GroupList`](org::GroupList) | `Listing<Group>` | 1000 |
//! | 2.3.2 | POST | `/api/v1/GroupAdd` | [`GroupAdd`](org::GroupAdd) | `Ack` |  |
//! | 2.3.3 | POST | `/api/v1/GroupEdit` | [`GroupEdit`](org::GroupEdit) | `Ack` |  |
//! | 2.3.4 | GET | `/api/v1/GroupDelete` | [`GroupDelete`](org::GroupDelete) | `Ack` |  |
//! | 2.4.1 | GET | `/api/v1/DevList` | [`DevList`](org::DevList) | `Listing<Device>` | 1000 |
//! | 2.4.2 | POST | `/api/v1/DevAdd` | [`DevAdd`](org::DevAdd) | `Ack` |  |
//! | 2.4.3 | POST | `/api/v1/DevEdit` | [`DevEdit`](org::DevEdit) | `Ack` |  |
//! | 2.4.4 | GET | `/api/v1/DevDelete` | [`DevDelete`](org::DevDelete) | `Ack` |  |
//! | 2.4.5 | POST | `/api/v1/DevChnUpdate` | [`DevChnUpdate`](org::DevChnUpdate) | `Ack` |  |
//! | 2.5.1 | GET | `/api/v1/RecordFileList` | [`RecordFileList`](data::RecordFileList) | `Listing<RecordFile>` | 1000 |
//! | 2.5.2 | GET | `/api/v1/RecordFileUpdatelType` | [`RecordFileUpdateLabel`](data::RecordFileUpdateLabel) | `Ack` |  |
//! | 2.5.3 | GET | `/api/v1/RecordFileDel` | [`RecordFileDel`](data::RecordFileDel) | `Ack` |  |
//! | 2.5.4 | GET | `/api/v1/oss/SignedUrl` | [`SignedUrlRequest`](data::SignedUrlRequest) | `SignedUrl` |  |
//! | 2.6.1 | GET | `/api/v1/AlarmList` | [`AlarmList`](data::AlarmList) | `Listing<Alarm>` | 1000 |
//! | 2.6.2 | GET | `/api/v1/AlarmUpdateDeal` | [`AlarmUpdateDeal`](data::AlarmUpdateDeal) | `Ack` |  |
//! | 2.6.3 | GET | `/api/v1/AlarmUpdateDel` | [`AlarmUpdateDel`](data::AlarmUpdateDel) | `Ack` |  |
//! | 2.7.1 | GET | `/api/v1/GPSList` | [`GpsList`](data::GpsList) | `Listing<Position>` | 17280 |
//! | 2.7.2 | GET | `/api/v1/GPSListForlarge` | [`GpsListForLarge`](data::GpsListForLarge) | `GpsTrack` | (604800, first page only) |
//! | 2.7.3 | GET | `/api/v1/GPSStatsList` | [`GpsStatsList`](data::GpsStatsList) | `Listing<GpsStats>` | 1000 |
//! | 2.8.1 | GET | `/api/v1/DispatchGroupList` | [`DispatchGroupList`](app::DispatchGroupList) | `Listing<DispatchGroup>` | 1000 |
//! | 2.8.2 | POST | `/api/v1/DispatchGroupAdd` | [`DispatchGroupAdd`](app::DispatchGroupAdd) | `Ack` |  |
//! | 2.8.3 | POST | `/api/v1/DispatchGroupEdit` | [`DispatchGroupEdit`](app::DispatchGroupEdit) | `Ack` |  |
//! | 2.8.4 | GET | `/api/v1/DispatchGroupDelete` | [`DispatchGroupDelete`](app::DispatchGroupDelete) | `Ack` |  |
//! | 2.8.5 | POST | `/api/v1/DispatchGroupDeviceUpdate` | [`DispatchGroupDeviceUpdate`](app::DispatchGroupDeviceUpdate) | `Ack` |  |
//! | 2.9.1 | GET | `/api/v1/GeofenceList` | [`GeofenceList`](app::GeofenceList) | `Listing<Geofence>` | 1000 |
//! | 2.9.2 | POST | `/api/v1/GeofenceAdd` | [`GeofenceAdd`](app::GeofenceAdd) | `Ack` |  |
//! | 2.9.3 | POST | `/api/v1/GeofenceEdit` | [`GeofenceEdit`](app::GeofenceEdit) | `Ack` |  |
//! | 2.9.4 | GET | `/api/v1/GeofenceDelete` | [`GeofenceDelete`](app::GeofenceDelete) | `Ack` |  |
//! | 2.9.5 | GET | `/api/v1/GeofenceAccessList` | [`GeofenceAccessList`](app::GeofenceAccessList) | `Listing<GeofenceAccess>` | 1000 |
//! | 2.10.1 | GET | `/api/v1/TaskList` | [`TaskList`](app::TaskList) | `Listing<Task>` | 5000 |
//! | 2.10.2 | POST | `/api/v1/TaskAdd` | [`TaskAdd`](app::TaskAdd) | `Ack` |  |
//! | 2.10.3 | POST | `/api/v1/TaskUpdate` | [`TaskUpdate`](app::TaskUpdate) | `Ack` |  |
//! | 2.10.4 | GET | `/api/v1/TaskUpdateStatus` | [`TaskUpdateStatus`](app::TaskUpdateStatus) | `Ack` |  |
//! | 2.10.5 | GET | `/api/v1/TaskUpdateDest` | [`TaskUpdateDest`](app::TaskUpdateDest) | `Ack` |  |
//! | 2.10.5 | GET | `/api/v1/TaskDelete` | [`TaskDelete`](app::TaskDelete) | `Ack` |  |
//! | 2.30.1 | GET | `/api/v1/ai/FaceList` | [`FaceList`](ai::FaceList) | `Listing<Face>` | 1000 |
//! | 2.30.2 | POST | `/api/v1/ai/FaceAdd` | [`FaceAdd`](ai::FaceAdd) | `Ack` |  |
//! | 2.30.4 | GET | `/api/v1/ai/FaceDel` | [`FaceDel`](ai::FaceDel) | `Ack` |  |
//! | 2.30.5 | POST | `/aiapi/faceApi/face_recognize` | [`FaceRecognize`](ai::FaceRecognize) | `FaceResult` |  |
//! | 2.30.6 | POST | `/aiapi/faceApi/DetectFace` | [`DetectFace`](ai::DetectFace) | `FaceResult` |  |
//! | 2.30.6 | POST | `/aiapi/faceApi/getQualityByImg` | [`FaceQuality`](ai::FaceQuality) | `FaceResult` |  |
//! | 2.30.7 | POST | `/aiapi/faceApi/faceLoginByImg` | [`FaceLoginByImg`](ai::FaceLoginByImg) | `FaceLogin` |  |
//! | 2.31 | GET | `/api/v1/ai/LicencePlateList` | [`LicencePlateList`](ai::LicencePlateList) | `Listing<LicencePlate>` | 1000 |
//! | 2.31 | POST | `/api/v1/ai/LicencePlateAdd` | [`LicencePlateAdd`](ai::LicencePlateAdd) | `Ack` |  |
//! | 2.31 | GET | `/api/v1/ai/LicencePlateDel` | [`LicencePlateDel`](ai::LicencePlateDel) | `Ack` |  |
//! | 2.40.1 | GET | `/api/v1/ext/DevTree` | [`DevTree`](ext::DevTree) | `Vec<TreeNode>` |  |
//! | 2.40.2 | GET | `/api/v1/DevOnlineList` | [`DevOnlineList`](ext::DevOnlineList) | `Listing<OnlineRecord>` | 1000 |

pub mod ai;
pub mod app;
pub mod auth;
pub mod data;
pub mod ext;
pub mod org;

/// Implements `Paged` for a list request with `page: Option<u64>` and
/// `page_size: Option<u32>` fields whose response is `Listing<$item>`.
macro_rules! paged {
    ($ty:ty, $item:ty, $default:expr) => {
        impl client_core::Paged for $ty {
            type Item = $item;
            fn page_size(&self) -> u32 {
                self.page_size.unwrap_or($default)
            }
            fn set_page(&mut self, page: client_core::PageRequest) {
                self.page = Some(page.number());
                self.page_size = Some(page.size);
            }
            fn into_page(resp: $crate::Listing<$item>) -> client_core::Page<$item> {
                client_core::Page::new(resp.items, resp.total)
            }
        }

        impl $ty {
            /// The page size the seed documents as this endpoint's default.
            pub const DEFAULT_PAGE_SIZE: u32 = $default;
        }
    };
}

pub(crate) use paged;

/// The MCS8-specific request checks, on top of [`client_core::validate`]: the
/// 1-based `page`/`pageSize` pair and the `st`/`et` query times.
pub(crate) mod check {
    use client_core::{validate, Error};

    /// A page number, when given, is at least 1 (1-based); a page size at least 1.
    pub fn page(path: &str, page: Option<u64>, size: Option<u32>) -> Result<(), Error> {
        if let Some(p) = page {
            validate::at_least(path, "page (1-based)", p, 1)?;
        }
        if let Some(s) = size {
            validate::at_least(path, "page size", s, 1)?;
        }
        Ok(())
    }

    /// `st` is not after `et`.
    pub fn range(path: &str, st: &crate::QueryTime, et: &crate::QueryTime) -> Result<(), Error> {
        validate::ordered(path, "st", &st.as_datetime(), "et", &et.as_datetime())
    }
}

#[cfg(test)]
mod tests {
    use super::{ai, auth, org};
    use client_core::Endpoint;

    /// `envelope::SENSITIVE_PATHS` spells the paths out (the envelope reader does not
    /// depend on the endpoint modules); they must be exactly the sensitive endpoints'.
    #[test]
    fn sensitive_paths_are_the_sensitive_endpoints() {
        let endpoints = [
            (auth::Login::PATH, auth::Login::SENSITIVE_RESPONSE),
            (
                auth::RefreshToken::PATH,
                auth::RefreshToken::SENSITIVE_RESPONSE,
            ),
            (
                ai::FaceLoginByImg::PATH,
                ai::FaceLoginByImg::SENSITIVE_RESPONSE,
            ),
            (org::EnterList::PATH, org::EnterList::SENSITIVE_RESPONSE),
            (org::GroupList::PATH, org::GroupList::SENSITIVE_RESPONSE),
            (org::DevList::PATH, org::DevList::SENSITIVE_RESPONSE),
        ];
        let paths: Vec<&str> = endpoints.iter().map(|(p, _)| *p).collect();
        assert_eq!(crate::envelope::SENSITIVE_PATHS, paths.as_slice());
        assert!(endpoints.iter().all(|(_, sensitive)| *sensitive));
    }
}
