//! # hongtu-client
//!
//! A typed async client for the **Megvii Hongtu 3000 AIoT box** OpenAPI (鸿图3000,
//! `hongtu-aiot-openapi.txt` V1.0.6): every endpoint as a typed request struct, `csign`
//! signing on every request, the multipart image uploads, the envelope and every
//! documented error code, paginated streams, typed callbacks and pushes, a callback
//! receiver (feature `webhook`) and an embedded simulator (feature `simulator`).
//!
//! ## Quick start
//!
//! Against the embedded simulator (feature `simulator`); for a real box build the
//! client with [`Client::builder`] (base URL, app key, secret) or [`Client::from_env`]
//! (`HONGTU_BASE_URL`, `HONGTU_APP_KEY`, `HONGTU_SECRET`) instead.
//!
//! ```
//! # #[cfg(feature = "simulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use futures::TryStreamExt;
//! use hongtu_client::api::person::{PersonInput, PersonList, PersonQuery};
//! use hongtu_client::dict::PersonType;
//! use hongtu_client::simulator::Simulator;
//! use hongtu_client::{ErrorCode, ImageFile};
//!
//! let sim = Simulator::builder().start().await?;
//! let client = sim.client()?; // signed with the simulator's app key and secret
//!
//! // Upload a photo and enrol an employee with it.
//! let photo = ImageFile::new("alice.jpg", vec![0xff, 0xd8, 0xff, 0xe0]);
//! let created = client.create_person_with_photo(PersonInput::employee("Alice"), photo).await?;
//!
//! // Every employee, page after page (pageNum/pageSize handled for you).
//! let employees: Vec<_> = client.stream(PersonList::of_type(PersonType::Employee)).try_collect().await?;
//! assert_eq!(employees.len(), 1);
//! assert_eq!(Some(&employees[0].uuid), created.uuid.as_ref());
//!
//! // Failures are typed: a non-zero `code` is an Error::Api with its ErrorCode.
//! let missing = client.send(&PersonQuery { uuid: "missing".into() }).await;
//! assert_eq!(missing.unwrap_err().code(), Some(ErrorCode::PERSON_NOT_FOUND));
//! # Ok(()) }
//! # #[cfg(not(feature = "simulator"))]
//! # fn main() {}
//! ```
//!
//! ## Features
//!
//! | Feature | Default | What it adds |
//! |---|---|---|
//! | `webhook` | no | `webhook`: an axum receiver for callbacks and pushes, to mount in your router or run on its own port |
//! | `simulator` | no | `simulator`: a signing-checking, stateful stand-in box on an ephemeral loopback port, with fault injection and pushes (implies `webhook`) |
//!
//! Without features the crate is the client, the typed requests and answers, the
//! dictionaries, the error codes and the callback types ([`callback::parse_callback`]).
//!
//! ## Map
//!
//! * [`Client`] — signs (`ctimestamp`, 6-character `cnonce`, `cappkey`, `csign` over the
//!   exact body bytes), retries reads, decodes the `{code, msg, data}` envelope, all on
//!   the shared [`client_core::Pipeline`]; [`Client::send`], [`Client::stream`],
//!   [`Client::upload`], [`Client::raw`]. Configured like every anfang client
//!   ([`ClientBuilder`] has the shared option methods: timeouts, retry policy, proxy,
//!   extra root certificates…).
//! * [`upload`] — multipart uploads and the image types ([`ImageFile`], [`ImageUri`]).
//! * [`api`] — one module per seed module (人员管理 → [`api::person`], 组管理 →
//!   [`api::group`], …). Wire names stay as the seed spells them (`postion`,
//!   `scheduleUUId`, `visitPeronUuid` …); Rust names are clean.
//! * [`dict`] — every data-dictionary enumeration (数据字典) as an open enum, plus the
//!   vehicle-brand table.
//! * [`Error`] / [`ErrorCode`] — every code of the seed's error tables.
//! * [`callback`] — event, pass and attendance callbacks and the business-data pushes
//!   (busiType 1, 2, 3, 5, 12), with [`callback::parse_callback`].
//! * `webhook` (feature `webhook`) — an axum receiver to mount or run.
//! * `simulator` (feature `simulator`) — a signing-checking, stateful stand-in box on
//!   an ephemeral loopback port.
//!
//! ## Vendor document → Rust
//!
//! Every section of `hongtu-aiot-openapi.txt` (V1.0.6), in the document's order: the
//! section number and Chinese title as printed, the endpoint, and the request type to
//! pass to [`Client::send`] (paged lists also to [`Client::stream`]; the image uploads
//! to [`Client::upload`]). Each type's documentation repeats its section; callbacks
//! are parsed with [`callback::parse_callback`].
//!
//! **安全参数配置** → [`api::security_config`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 保存人脸下发方式配置参数 | `POST /v1/api/global/sys/config/saveFaceConfigInfo` | [`SaveFaceConfig`](api::security_config::SaveFaceConfig) |
//! | 1.2 | 查询人脸下发方式配置参数 | `POST /v1/api/global/sys/config/queryFaceConfigInfo` | [`QueryFaceConfig`](api::security_config::QueryFaceConfig) |
//!
//! **人员管理** → [`api::person`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 上传人员图片 | `POST /v1/api/person/uploadImage` | [`UploadImage`](api::person::UploadImage) |
//! | 1.2 | 上传人员图片（人脸质量判断按照最低标准进行判断） | `POST /v1/api/person/config/uploadImage` | [`UploadConfigImage`](api::person::UploadConfigImage) |
//! | 1.3 | 入库质量检测 | `POST /v1/api/misc/file/qualityJudge` | [`QualityJudge`](api::person::QualityJudge) |
//! | 1.4 | 批量添加人员 | `POST /v1/api/person/batchAdd` | [`BatchAddPersons`](api::person::BatchAddPersons) |
//! | 1.5 | 批量删除人员 | `POST /v1/api/person/batchDelete` | [`BatchDeletePersons`](api::person::BatchDeletePersons) |
//! | 1.6 | 修改人员 | `POST /v1/api/person/update` | [`UpdatePerson`](api::person::UpdatePerson) |
//! | 1.7 | 搜索人员列表 | `POST /v1/api/person/list` | [`PersonList`](api::person::PersonList) |
//! | 1.8 | 批量查询人员详情信息 | `POST /v1/api/person/uuid/list` | [`PersonsByUuid`](api::person::PersonsByUuid) |
//! | 1.9 | 查询人员详情信息 | `POST /v1/api/person/query` | [`PersonQuery`](api::person::PersonQuery) |
//! | 1.10 | 获取员工、访客的二维码 | `POST /v1/api/person/visitorCode` | [`VisitorCode`](api::person::VisitorCode) |
//! | 1.11 | 人员uuid自定义开关 | `GET /v1/api/person/personUuidSwitch` | [`PersonUuidSwitch`](api::person::PersonUuidSwitch) |
//!
//! **组织管理** → [`api::org`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 添加组织 | `POST /v1/api/org/add` | [`AddOrg`](api::org::AddOrg) |
//! | 1.2 | 修改组织信息 | `POST /v1/api/org/update` | [`UpdateOrg`](api::org::UpdateOrg) |
//! | 1.3 | 查询组织列表 | `POST /v1/api/org/tree` | [`OrgTree`](api::org::OrgTree) |
//! | 1.4 | 删除组织 | `POST /v1/api/org/delete` | [`DeleteOrg`](api::org::DeleteOrg) |
//! | 1.5 | 获取最上级组织信息 | `POST /v1/api/org/top/detail` | [`TopOrg`](api::org::TopOrg) |
//!
//! **组管理** → [`api::group`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 批量添加人员组 | `POST /v1/api/pass/group/batchAdd` | [`BatchAddGroups`](api::group::BatchAddGroups) |
//! | 1.2 | 删除人员组 | `POST /v1/api/pass/group/delete` | [`DeleteGroup`](api::group::DeleteGroup) |
//! | 1.3 | 修改人员组 | `POST /v1/api/pass/group/update` | [`UpdateGroup`](api::group::UpdateGroup) |
//! | 1.4 | 人员组列表 | `POST /v1/api/pass/group/list` | [`GroupList`](api::group::GroupList) |
//! | 1.5 | 查询人员组详情 | `POST /v1/api/pass/group/query` | [`GroupQuery`](api::group::GroupQuery) |
//! | 1.6 | 批量移除组内人员 | `POST /v1/api/pass/group/batchDeletePerson` | [`RemoveGroupPersons`](api::group::RemoveGroupPersons) |
//! | 1.7 | 查询组内人员详情 | `POST /v1/api/pass/group/queryPersonListInGroup` | [`GroupPersons`](api::group::GroupPersons) |
//! | 1.8 | 编辑组内人员 | `POST /v1/api/pass/group/batchUpdatePerson` | [`SetGroupPersons`](api::group::SetGroupPersons) |
//! | 1.9 | 获取默认组信息（不建议使用） | `POST /v1/api/pass/group/getDefaultGroup` | [`DefaultGroup`](api::group::DefaultGroup) |
//!
//! **设备管理** → [`api::device`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 设备添加 | `POST /v1/api/device/add` | [`AddDevice`](api::device::AddDevice) |
//! | 1.2 | 发现设备列表 | `POST /v1/api/device/queryReportDevice` | [`QueryReportDevice`](api::device::QueryReportDevice) |
//! | 1.3 | 面板机设备导入 | `POST /v1/api/device/importDevice` | [`ImportDevice`](api::device::ImportDevice) |
//! | 1.4 | 删除设备预校验 | `POST /v1/api/device/preDelete` | [`PreDeleteDevice`](api::device::PreDeleteDevice) |
//! | 1.5 | 删除设备 | `POST /v1/api/device/delete` | [`DeleteDevice`](api::device::DeleteDevice) |
//! | 1.6 | 修改设备信息 | `POST /v1/api/device/update` | [`UpdateDevice`](api::device::UpdateDevice) |
//! | 1.7 | 查询设备列表 | `POST /v1/api/device/list` | [`ListDevices`](api::device::ListDevices) |
//! | 1.8 | 查询设备信息（不建议使用） | `POST /v1/api/device/queryDeviceInfo` | [`QueryDeviceInfo`](api::device::QueryDeviceInfo) |
//! | 1.9 | 查询设备详情 | `POST /v1/api/device/query` | [`QueryDevice`](api::device::QueryDevice) |
//! | 1.10 | 查询算力设备可绑定的设备列表 | `POST /v1/api/device/list/enbind/group` | [`ListBindableDevices`](api::device::ListBindableDevices) |
//! | 1.11 | 按设备类型分组查询设备列表（不建议使用） | `POST /v1/api/device/listBygroup` | [`ListDevicesByGroup`](api::device::ListDevicesByGroup) |
//! | 1.12 | 查询设备型号关系（不建议使用） | `POST /v1/api/device/queryModelRelation` | [`QueryModelRelation`](api::device::QueryModelRelation) |
//! | 1.13 | 设备绑定 | `POST /v1/api/device/bind` | [`BindDevices`](api::device::BindDevices) |
//! | 1.14 | 设备解绑 | `POST /v1/api/device/unbind` | [`UnbindDevice`](api::device::UnbindDevice) |
//! | 1.15 | 查询门禁、人员管控设备列表 | `POST /v1/api/device/control/list` | [`ListControlDevices`](api::device::ListControlDevices) |
//! | 1.16 | 添加人员管控设备 | `POST /v1/api/device/control/add` | [`UpdateControlDevices`](api::device::UpdateControlDevices) |
//! | 1.17 | 移除人员管控设备 | `POST /v1/api/device/control/remove` | [`RemoveControlDevice`](api::device::RemoveControlDevice) |
//! | 1.18 | 查询可布控设备列表 | `POST /v1/api/device/queryDeviceControl` | [`QueryDeployableDevices`](api::device::QueryDeployableDevices) |
//!
//! **时间计划管理** → [`api::time_plan`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 添加时间计划集合 | `POST /v1/api/pass/schedule/addBatch` | [`AddSchedules`](api::time_plan::AddSchedules) |
//! | 1.2 | 修改时间计划 | `POST /v1/api/pass/schedule/update` | [`UpdateSchedule`](api::time_plan::UpdateSchedule) |
//! | 1.3 | 批量删除时间计划 | `POST /v1/api/pass/schedule/delete` | [`DeleteSchedules`](api::time_plan::DeleteSchedules) |
//! | 1.4 | 时间计划列表 | `POST /v1/api/pass/schedule/page` | [`ListSchedules`](api::time_plan::ListSchedules) |
//! | 1.5 | 查询时间计划详情列表 | `POST /v1/api/pass/schedule/details` | [`ScheduleDetails`](api::time_plan::ScheduleDetails) |
//!
//! **门禁点管理** → [`api::door`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 查询绑定B3R的端设备列表 | `POST /v1/api/door/queryB3rInBind` | [`QueryB3rBoundDevices`](api::door::QueryB3rBoundDevices) |
//! | 1.2 | 查询门禁点设备列表 | `POST /v1/api/door/list` | [`ListDoors`](api::door::ListDoors) |
//! | 1.3 | 查询同步失败人员信息 | `POST /v1/api/door/queryFeatureFailList` | [`QueryFeatureFailList`](api::door::QueryFeatureFailList) |
//! | 1.4 | 查询绑定设备类型 | `POST /v1/api/door/queryBindType` | [`QueryBindType`](api::door::QueryBindType) |
//! | 1.5 | 查询设备配置信息 | `POST /v1/api/door/queryConfig` | [`QueryDoorConfig`](api::door::QueryDoorConfig) |
//! | 1.6 | 批量添加和移除门禁点 | `POST /v1/api/door/add` | [`UpdateDoors`](api::door::UpdateDoors) |
//! | 1.7 | 移除门禁点 | `POST /v1/api/door/remove` | [`RemoveDoor`](api::door::RemoveDoor) |
//! | 1.8 | 绑定开关 | `POST /v1/api/door/bindSwitch` | [`BindDoorSwitch`](api::door::BindDoorSwitch) |
//! | 1.9 | 远程常开 | `POST /v1/api/door/alwaysOpenDoor` | [`AlwaysOpenDoor`](api::door::AlwaysOpenDoor) |
//! | 1.10 | 远程常闭 | `POST /v1/api/door/alwaysCloseDoor` | [`AlwaysCloseDoor`](api::door::AlwaysCloseDoor) |
//! | 1.11 | 远程开门 | `POST /v1/api/door/openDoor` | [`OpenDoor`](api::door::OpenDoor) |
//! | 1.12 | 恢复正常 | `POST /v1/api/door/normal` | [`NormalDoor`](api::door::NormalDoor) |
//! | 1.13 | 配置设备 | `POST /v1/api/door/config` | [`DoorDeviceConfig`](api::door::DoorDeviceConfig) |
//! | 1.14 | 查询同步列表（废弃） | `POST /v1/api/door/querySynList` | [`QuerySyncList`](api::door::QuerySyncList) |
//! | 1.15 | 同步失败详情（废弃） | `POST /v1/api/door/syncDetail` | [`SyncDetail`](api::door::SyncDetail) |
//!
//! **门禁设备告警** → [`api::door_alarm`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 查询门禁设备告警列表 | `POST /v1/api/device_alarm/list` | [`ListDoorAlarms`](api::door_alarm::ListDoorAlarms) |
//!
//! **通行权限管理** → [`api::pass_permission`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 添加通行权限 | `POST /v1/api/pass/authority/add` | [`AddPassAuthority`](api::pass_permission::AddPassAuthority) |
//! | 1.2 | 删除通行权限 | `POST /v1/api/pass/authority/delete` | [`DeletePassAuthority`](api::pass_permission::DeletePassAuthority) |
//! | 1.3 | 编辑通行权限 | `POST /v1/api/pass/authority/update` | [`UpdatePassAuthority`](api::pass_permission::UpdatePassAuthority) |
//! | 1.4 | 通行权限列表 | `POST /v1/api/pass/authority/list` | [`ListPassAuthorities`](api::pass_permission::ListPassAuthorities) |
//!
//! **通行记录** → [`api::pass_record`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 查询通行记录列表 | `POST /v1/api/pass_record/list` | [`ListPassRecords`](api::pass_record::ListPassRecords) |
//!
//! **考勤设备管理** → [`api::attendance_device`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 批量删除考勤设备 | `POST /v1/api/attendance/device/batchDelete` | [`DeleteAttendanceDevices`](api::attendance_device::DeleteAttendanceDevices) |
//! | 1.2 | 批量添加考勤设备 | `POST /v1/api/attendance/device/batchAdd` | [`AddAttendanceDevices`](api::attendance_device::AddAttendanceDevices) |
//! | 1.3 | 考勤设备列表查询 | `POST /v1/api/attendance/device/list` | [`ListAttendanceDevices`](api::attendance_device::ListAttendanceDevices) |
//!
//! **考勤组管理** → [`api::attendance_group`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 创建考勤组 | `POST /v1/api/attendance/group/add` | [`AddAttendanceGroup`](api::attendance_group::AddAttendanceGroup) |
//! | 1.2 | 批量删除考勤组 | `POST /v1/api/attendance/group/batchDelete` | [`DeleteAttendanceGroups`](api::attendance_group::DeleteAttendanceGroups) |
//! | 1.3 | 更新考勤组 | `POST /v1/api/attendance/group/update` | [`UpdateAttendanceGroup`](api::attendance_group::UpdateAttendanceGroup) |
//! | 1.4 | 考勤员工分页列表查询 | `POST /v1/api/attendance/group/person/list` | [`ListAttendancePersons`](api::attendance_group::ListAttendancePersons) |
//! | 1.5 | 考勤组分页列表查询 | `POST /v1/api/attendance/group/list` | [`ListAttendanceGroups`](api::attendance_group::ListAttendanceGroups) |
//! | 1.6 | 考勤组详情查询 | `POST /v1/api/attendance/group/query/details` | [`AttendanceGroupDetails`](api::attendance_group::AttendanceGroupDetails) |
//!
//! **考勤记录管理** → [`api::attendance_record`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 员工月考勤记录分页列表查询 | `POST /v1/api/attendance/record/personByMonth/list` | [`ListMonthlyRecords`](api::attendance_record::ListMonthlyRecords) |
//! | 1.2 | 员工考勤记录日历模式查询 | `POST /v1/api/attendance/record/calendar` | [`AttendanceCalendar`](api::attendance_record::AttendanceCalendar) |
//! | 1.3 | 考勤记录分页列表查询 | `POST /v1/api/attendance/record/list` | [`ListAttendanceRecords`](api::attendance_record::ListAttendanceRecords) |
//! | 1.4 | 考勤记录详情分页列表查询 | `POST /v1/api/attendance/record/detail/list` | [`ListRecordDetails`](api::attendance_record::ListRecordDetails) |
//! | 1.5 | 考勤记录调整 | `POST /v1/api/attendance/record/adjust` | [`AdjustAttendanceRecord`](api::attendance_record::AdjustAttendanceRecord) |
//!
//! **考勤统计管理** → [`api::attendance_statistics`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 考勤统计记录分页列表查询 | `POST /v1/api/attendance/statistic/list` | [`ListAttendanceStatistics`](api::attendance_statistics::ListAttendanceStatistics) |
//!
//! **出勤调整管理** → [`api::attendance_adjust`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 出勤调整 | `POST /v1/api/attendance/adjust/add` | [`AddAttendanceAdjustment`](api::attendance_adjust::AddAttendanceAdjustment) |
//! | 1.2 | 出勤调整记录分页列表查询 | `POST /v1/api/attendance/adjust/list` | [`ListAttendanceAdjustments`](api::attendance_adjust::ListAttendanceAdjustments) |
//! | 1.3 | 更新出勤调整记录 | `POST /v1/api/attendance/adjust/update` | [`UpdateAttendanceAdjustment`](api::attendance_adjust::UpdateAttendanceAdjustment) |
//!
//! **规则管理** → [`api::rule`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 添加规则 | `POST /v1/api/pass/rule/addBatch` | [`AddRules`](api::rule::AddRules) |
//! | 1.2 | 修改规则 | `POST /v1/api/pass/rule/update` | [`UpdateRule`](api::rule::UpdateRule) |
//! | 1.3 | 批量删除规则 | `POST /v1/api/pass/rule/deleteBatch` | [`DeleteRules`](api::rule::DeleteRules) |
//! | 1.4 | 规则分页查询 | `POST /v1/api/pass/rule/list` | [`ListRules`](api::rule::ListRules) |
//!
//! **人员识别记录** → [`api::recognition_record`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 员工、访客、重点人员和全局陌生人列表 | `POST /v1/api/person/record/list` | [`ListRecognitionRecords`](api::recognition_record::ListRecognitionRecords) |
//! | 1.2 | 员工、访客、重点人员和全局陌生人详情 | `POST /v1/api/person/record/detail` | [`GetRecognitionRecord`](api::recognition_record::GetRecognitionRecord) |
//!
//! **人员轨迹** → [`api::person_track`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 人员轨迹查询 | `POST /v1/api/person/track/query` | [`QueryPersonTrack`](api::person_track::QueryPersonTrack) |
//!
//! **人员聚类** → [`api::cluster`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 人员聚类任务添加 | `POST /v1/api/cluster/task/add` | [`AddClusterTask`](api::cluster::AddClusterTask) |
//! | 1.2 | 人员聚类任务状态查询 | `POST /v1/api/cluster/task/status` | [`GetClusterTaskStatus`](api::cluster::GetClusterTaskStatus) |
//! | 1.3 | 人员聚类任务详情查看 | `POST /v1/api/cluster/task/detail/query` | [`QueryClusterTaskDetail`](api::cluster::QueryClusterTaskDetail) |
//! | 1.4 | 人员聚类任务列表查看 | `POST /v1/api/cluster/task/list` | [`ListClusterTasks`](api::cluster::ListClusterTasks) |
//! | 1.5 | 人员聚类人员详情查看 | `POST /v1/api/cluster/person/detail/query` | [`QueryClusterPersonDetail`](api::cluster::QueryClusterPersonDetail) |
//! | 1.6 | 人员聚类任务删除 | `POST /v1/api/cluster/task/delete` | [`DeleteClusterTask`](api::cluster::DeleteClusterTask) |
//!
//! **人脸比对** → [`api::face_compare`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 1:1查询 | `POST /v1/api/photo/searchOneToOnePhoto` | [`CompareFaces`](api::face_compare::CompareFaces) |
//! | 1.2 | 1：N列表查询 | `POST /v1/api/photo/search` | [`SearchPhoto`](api::face_compare::SearchPhoto) |
//! | 1.3 | 1：N列表详情 | `POST /v1/api/photo/search/query/detail` | [`QueryPhotoSearchDetail`](api::face_compare::QueryPhotoSearchDetail) |
//! | 1.4 | 添加虚拟组 | `POST /v1/api/photo/mvsn/virtualGroup/add` | [`AddVirtualGroup`](api::face_compare::AddVirtualGroup) |
//! | 1.5 | 删除虚拟组 | `POST /v1/api/photo/mvsn/virtualGroup/delete` | [`DeleteVirtualGroup`](api::face_compare::DeleteVirtualGroup) |
//! | 1.6 | 编辑虚拟组 | `POST /v1/api/photo/mvsn/virtualGroup/update` | [`UpdateVirtualGroup`](api::face_compare::UpdateVirtualGroup) |
//! | 1.7 | 获取所有虚拟组列表 | `POST /v1/api/photo/mvsn/virtualGroup/list` | [`ListVirtualGroups`](api::face_compare::ListVirtualGroups) |
//! | 1.8 | 批量添加人员到指定人员组 | `POST /v1/api/photo/mvsn/virtualGroup/batchAddPerson` | [`AddVirtualGroupPersons`](api::face_compare::AddVirtualGroupPersons) |
//! | 1.9 | 批量删除人员组内的人员 | `POST /v1/api/photo/mvsn/virtualGroup/batchDeletePerson` | [`DeleteVirtualGroupPersons`](api::face_compare::DeleteVirtualGroupPersons) |
//! | 1.10 | 查询人员组内的所有人员 | `POST /v1/api/photo/mvsn/virtualGroup/searchPersonList` | [`ListVirtualGroupPersons`](api::face_compare::ListVirtualGroupPersons) |
//! | 1.11 | 虚拟组1比n接口 | `POST /v1/api/photo/mvsn/virtualGroup/faceSearch` | [`VirtualGroupFaceSearch`](api::face_compare::VirtualGroupFaceSearch) |
//!
//! **车辆基础信息** → [`api::vehicle`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 车辆基础信息列表 | `POST /v1/api/vehicle/list` | [`ListVehicles`](api::vehicle::ListVehicles) |
//! | 1.2 | 车辆基础信息批量删除 | `POST /v1/api/vehicle/batchDelete` | [`DeleteVehicles`](api::vehicle::DeleteVehicles) |
//! | 1.3 | 车辆基础信息批量新增 | `POST /v1/api/vehicle/batchAdd` | [`AddVehicles`](api::vehicle::AddVehicles) |
//! | 1.4 | 车辆基础信息更新 | `POST /v1/api/vehicle/update` | [`UpdateVehicle`](api::vehicle::UpdateVehicle) |
//! | 1.5 | 车辆基础详情信息 | `POST /v1/api/vehicle/query` | [`GetVehicle`](api::vehicle::GetVehicle) |
//!
//! **结构化、车辆管控布控** → [`api::vehicle_control`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 结构化、车辆管控布控列表 | `POST /v1/api/vehicle/rule/list` | [`ListControlRules`](api::vehicle_control::ListControlRules) |
//! | 1.2 | 结构化、车辆管控布控删除 | `POST /v1/api/vehicle/rule/delete` | [`DeleteControlRule`](api::vehicle_control::DeleteControlRule) |
//! | 1.3 | 结构化、车辆管控布控新增 | `POST /v1/api/vehicle/rule/add` | [`AddControlRule`](api::vehicle_control::AddControlRule) |
//! | 1.4 | 结构化、车辆管控布控更新 | `POST /v1/api/vehicle/rule/update` | [`UpdateControlRule`](api::vehicle_control::UpdateControlRule) |
//! | 1.5 | 结构化、车辆管控布控详情 | `POST /v1/api/vehicle/rule/query` | [`GetControlRule`](api::vehicle_control::GetControlRule) |
//!
//! **车辆管控记录** → [`api::vehicle_control_record`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 车辆识别记录列表 | `POST /v1/api/vehicle/record/list` | [`ListVehicleRecords`](api::vehicle_control_record::ListVehicleRecords) |
//! | 1.2 | 车辆识别记录详情 | `POST /v1/api/vehicle/record/query` | [`GetVehicleRecord`](api::vehicle_control_record::GetVehicleRecord) |
//!
//! **车辆轨迹** → [`api::vehicle_track`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 车辆轨迹查询 | `POST /v1/api/vehicle/record/track/query` | [`QueryVehicleTrack`](api::vehicle_track::QueryVehicleTrack) |
//!
//! **结构化检索** → [`api::structure_search`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 人体数据检索 | `POST /v1/api/structure/pedestrian/search` | [`SearchPedestrians`](api::structure_search::SearchPedestrians) |
//! | 1.2 | 人体数据详情查询 | `POST /v1/api/structure/pedestrian/query` | [`GetPedestrian`](api::structure_search::GetPedestrian) |
//! | 1.3 | 人脸数据检索 | `POST /v1/api/structure/face/search` | [`SearchFaces`](api::structure_search::SearchFaces) |
//! | 1.4 | 人脸数据详情查询 | `POST /v1/api/structure/face/query` | [`GetFace`](api::structure_search::GetFace) |
//! | 1.5 | 机动车数据检索 | `POST /v1/api/structure/motorVehicle/search` | [`SearchMotorVehicles`](api::structure_search::SearchMotorVehicles) |
//! | 1.6 | 机动车数据详情查询 | `POST /v1/api/structure/motorVehicle/query` | [`GetMotorVehicle`](api::structure_search::GetMotorVehicle) |
//! | 1.7 | 非机动车数据检索 | `POST /v1/api/structure/nonMotorVehicle/search` | [`SearchNonMotorVehicles`](api::structure_search::SearchNonMotorVehicles) |
//! | 1.8 | 非机动车数据详情查询 | `POST /v1/api/structure/nonMotorVehicle/query` | [`GetNonMotorVehicle`](api::structure_search::GetNonMotorVehicle) |
//!
//! **警戒记录** → [`api::area_alert`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 警戒记录列表查询 | `POST /v1/api/areaAlert/record/list` | [`ListAlertRecords`](api::area_alert::ListAlertRecords) |
//!
//! **视频监控** → [`api::video`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 云台控制 | `POST /v1/api/video/realtime/ptzControl` | [`PtzControl`](api::video::PtzControl) |
//! | 1.2 | 视频实时预览（不建议使用） | `POST /v1/api/video/realtime/preview` | [`RealtimePreview`](api::video::RealtimePreview) |
//! | 1.3 | 视频抓图 | `POST /v1/api/video/realtime/capture` | [`CaptureSnapshot`](api::video::CaptureSnapshot) |
//!
//! **功能配置** → [`api::sys_config`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 获取一脸通配置 | `POST /v1/api/sys/config/queryAFaceConfig` | [`QueryOneFacePassConfig`](api::sys_config::QueryOneFacePassConfig) |
//! | 1.2 | 重置一脸通配置 | `POST /v1/api/sys/config/resetAFaceConfig` | [`ResetOneFacePassConfig`](api::sys_config::ResetOneFacePassConfig) |
//! | 1.3 | 一脸通配置保存 | `POST /v1/api/sys/config/saveAFaceConfig` | [`SaveOneFacePassConfig`](api::sys_config::SaveOneFacePassConfig) |
//! | 1.4 | 获取二维码配置 | `POST /v1/api/sys/queryQrcodeExpireTimeConfigInfo` | [`QueryQrCodeExpireTime`](api::sys_config::QueryQrCodeExpireTime) |
//! | 1.5 | 保存二维码配置 | `POST /v1/api/sys/saveQrcodeExpireTimeConfigInfo` | [`SaveQrCodeExpireTime`](api::sys_config::SaveQrCodeExpireTime) |
//! | 1.6 | 查看入库标准 | `POST /v1/api/sys/storageCriteria/info` | [`GetStorageCriteria`](api::sys_config::GetStorageCriteria) |
//! | 1.7 | 保存入库标准 | `POST /v1/api/sys/storageCriteria/save` | [`SaveStorageCriteria`](api::sys_config::SaveStorageCriteria) |
//! | 1.8 | 重置入库标准 | `POST /v1/api/sys/storageCriteria/setDefault` | [`ResetStorageCriteria`](api::sys_config::ResetStorageCriteria) |
//! | 1.9 | 测温、口罩、健康码开关查询 | `POST /v1/api/sys/config/temperatureConfig` | [`GetTemperatureConfig`](api::sys_config::GetTemperatureConfig) |
//! | 1.10 | 设置人员聚类参数 | `POST /v1/api/sys/config/prismsFaceClusterConfig` | [`SetFaceClusterConfig`](api::sys_config::SetFaceClusterConfig) |
//! | 1.11 | 获取人员聚类参数 | `POST /v1/api/sys/config/prismsFaceClusterConfigInfo` | [`GetFaceClusterConfig`](api::sys_config::GetFaceClusterConfig) |
//!
//! **订阅接口** → [`api::subscription`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 业务数据记录订阅 | `POST /v1/api/pubsub/busi/record/add` | [`Subscribe`](api::subscription::Subscribe) |
//! | 1.2 | 查询业务数据记录订阅 | `POST /v1/api/pubsub/busi/record/query` | [`QuerySubscription`](api::subscription::QuerySubscription) |
//! | 1.3 | 解除业务数据记录订阅 | `POST /v1/api/pubsub/busi/record/unbind` | [`Unsubscribe`](api::subscription::Unsubscribe) |
//!
//! **通用模块** → [`api::misc`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 上传文件（可用于人脸比对） | `POST /v1/api/misc/file/upload` | [`FileUpload`](api::misc::FileUpload) |
//!
//! **运维管理** → [`api::maintenance`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 查询设备信息 | `GET /v1/api/device/info` | [`ApplianceInfoQuery`](api::maintenance::ApplianceInfoQuery) |
//!
//! **事件记录回调** → [`callback`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.2 | 事件记录回调数据结构 | POST to event URL (web UI 系统管理-功能配置-事件配置) | [`EventRecord`](callback::EventRecord) |
//!
//! **通行记录回调** → [`callback`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 | 通行记录回调数据结构 | POST to `identifyRecordCallbackUrl` | [`PassRecord`](callback::PassRecord) |
//!
//! **考勤记录回调** → [`callback`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 (also 考勤记录管理 1.6) | 考勤记录回调数据结构 | POST to `attendanceRecordCallbackUrl` | [`AttendanceRecord`](callback::AttendanceRecord) |
//!
//! **业务推送数据结构** → [`callback`]
//!
//! | § | 标题 | Endpoint | Type |
//! |---|---|---|---|
//! | 1.1 (busiType=1) | busiType=1 安防识别记录推送 | POST to `pushUrl` | [`SecurityRecognitionRecord`](callback::SecurityRecognitionRecord) |
//! | 1.1 (busiType=2) | busiType=2 车辆记录推送 | POST to `pushUrl` | [`VehicleRecognitionRecord`](callback::VehicleRecognitionRecord) |
//! | 1.1 (busiType=3) | busiType=3 警戒记录推送 | POST to `pushUrl` | [`AlertRecord`](callback::AlertRecord) |
//! | 1.1 (busiType=5) | busiType=5 通行识别记录推送 | POST to `pushUrl` | [`PassRecord`](callback::PassRecord) |
//! | 1.1.1 (busiType=12) | busiType=12 结构化记录推送 | POST to `pushUrl` | [`StructuredRecord`](callback::StructuredRecord) |
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod api;
pub mod callback;
pub mod client;
pub mod dict;
pub mod envelope;
pub mod error;
pub mod error_codes;
#[cfg(feature = "simulator")]
pub mod simulator;
pub mod upload;
#[cfg(feature = "webhook")]
pub mod webhook;

pub use client::{Client, ClientBuilder, EmptyBodyDigest};
#[cfg(feature = "simulator")]
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
pub use client_core::{
    Ack, ApiError, ClientOptions, PageStream, PaginateOptions, Prepared, RateLimiter, RetryClass,
    RetryPolicy, Retryable, Secret,
};
pub use error::{Error, Result};
pub use error_codes::{ErrorCode, ErrorModule};
pub use upload::{ImageFile, ImageUri, Upload};
