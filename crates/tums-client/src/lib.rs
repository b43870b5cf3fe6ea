//! # tums-client — the TP-LINK commercial cloud (TUMS 商用云) open API
//!
//! A typed, async client for every endpoint of the TUMS open API
//! (`tums-open-api.txt`): regions, devices, device configuration, live view and
//! playback, message subscription, passenger flow, alarms, vehicles and the `/evcs/`
//! solar endpoints.
//!
//! ## Quick start
//!
//! This runs as written against the embedded simulator (feature `simulator`); against
//! the real platform, build the client with `Client::from_env()?` (`TUMS_AK`, `TUMS_SK`;
//! optional `TUMS_BASE_URL`, `TUMS_TERMINAL_ID`) instead.
//!
//! ```
//! # #[cfg(feature = "simulator")]
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> Result<(), Box<dyn std::error::Error>> {
//! use futures::TryStreamExt;
//! use tums_client::api::region::{AddRegion, DeleteRegion, GetPagedRootRegions};
//! use tums_client::{Client, Error, ErrorCode};
//!
//! let sim = tums_client::simulator::Simulator::builder().start().await?;
//! let creds = sim.credentials();
//! let client = Client::builder()
//!     .base_url(sim.base_url())
//!     .credentials(creds.id, creds.secret) // AK, SK
//!     .build()?;
//!
//! let hq = client.send(&AddRegion::new("Headquarters", "0")).await?;
//! client.send(&AddRegion::new("Floor 1", &hq.region_id)).await?;
//!
//! // Every root region, page after page (limit 1..=50 checked before sending).
//! let roots: Vec<_> = client.stream(GetPagedRootRegions::new()).try_collect().await?;
//! for r in &roots {
//!     println!("{} {} children={}", r.region_id, r.region_name, r.has_children);
//! }
//!
//! // Vendor errors are typed: the default region cannot be deleted (-80405).
//! let default = roots.iter().find(|r| r.is_default()).unwrap();
//! match client.send(&DeleteRegion { region_id: default.region_id.clone() }).await {
//!     Err(Error::Api(api)) => assert_eq!(api.code, ErrorCode::E80405), // 默认分组不可删除
//!     other => panic!("unexpected {other:?}"),
//! }
//! # Ok(()) }
//! # #[cfg(not(feature = "simulator"))]
//! # fn main() {}
//! ```
//!
//! ## Features
//!
//! | feature | default | adds |
//! |---|---|---|
//! | `simulator` | no | `simulator::Simulator`: an in-process fake cloud (wiremock, fixtures embedded in the crate) for tests, examples and offline work |
//! | `webhook` | no | `webhook::router` and `webhook::serve`: a guarded axum receiver for push messages |
//!
//! Without features you get the whole API: every endpoint, signing, retries,
//! pagination, temporary credentials and [`webhook::PushMessage::parse`].
//!
//! ## Where is section X of the vendor document?
//!
//! Section numbers and titles of `tums-open-api.txt` (TP-LINK 商用云开放平台 API 文档);
//! each endpoint is one request type whose name is the last segment of its path
//! (`…/getPagedRootRegions` → [`GetPagedRootRegions`](api::region::GetPagedRootRegions)).
//!
//! | § | 标题 | in this crate |
//! |---|---|---|
//! | 1.1 | 相关术语 | [`client::DEFAULT_BASE_URL`], `simulator::AppType` (应用) |
//! | 1.2.2 | 请求签名 | every request, in [`Client::send`]; the header itself: `auth_signing::tums` |
//! | 1.2.2.4 | 错误码说明 | [`ErrorCode`] (`-10301`…`-10305`), [`Error::is_signature_error`] |
//! | 1.2.2.5 | 临时AK/SK | [`Client::with_temp_credentials`], [`ClientBuilder::temp_credentials`], [`ClientBuilder::temp_credential`] |
//! | 1.3.1 | 接口规则 | [`Client::send`] (POST, JSON), [`client::RATE_LIMITED_EXPORT_PATHS`] |
//! | 1.3.3 | 返回值说明 | [`Envelope`], [`FailItem`] ([`Error::PartialFailure`]), [`PagedList`] ([`Client::stream`]) |
//! | **1.4.1** | **AK/SK** | [`api::credential`] |
//! | 1.4.1.1 | 生成临时AK/SK | [`CreateTempApplicationApiCredential`](api::credential::CreateTempApplicationApiCredential) |
//! | **1.4.2** | **分组管理** | [`api::region`] |
//! | 1.4.2.1 | 添加分组 | [`AddRegion`](api::region::AddRegion) |
//! | 1.4.2.2 | 编辑分组 | [`EditRegion`](api::region::EditRegion) |
//! | 1.4.2.3 | 删除分组 | [`DeleteRegion`](api::region::DeleteRegion) |
//! | 1.4.2.4 | 删除所有分组 | [`DeleteAllRegion`](api::region::DeleteAllRegion) |
//! | 1.4.2.5 | 交换平级分组顺序 | [`SwitchRegionOrder`](api::region::SwitchRegionOrder) |
//! | 1.4.2.6 | 获取分组祖先节点 | [`GetRegionAncestor`](api::region::GetRegionAncestor) |
//! | 1.4.2.7 | 批量获取分组祖先节点 | [`BatchGetRegionAncestor`](api::region::BatchGetRegionAncestor) |
//! | 1.4.2.8 | 分页获取根分组 | [`GetPagedRootRegions`](api::region::GetPagedRootRegions) |
//! | 1.4.2.9 | 分页获取子分组信息 | [`GetPagedRegionChildren`](api::region::GetPagedRegionChildren) |
//! | 1.4.2.10 | 模糊查找分组信息 | [`GetRegionByNameLike`](api::region::GetRegionByNameLike) |
//! | **1.4.3** | **设备管理** | [`api::device`] |
//! | 1.4.3.1 | 枚举值列表 | [`DeviceTypeCategory`](api::device::DeviceTypeCategory), [`DeviceStatus`](api::device::DeviceStatus) and the other enums of [`api::device`] |
//! | 1.4.3.2 | 能力集说明 | [`DeviceCapabilityResult`](api::device::DeviceCapabilityResult) |
//! | 1.4.3.3 | 通过二维码添加设备 | [`BindDeviceByQrCode`](api::device::BindDeviceByQrCode) |
//! | 1.4.3.4 | 通过mac添加网络设备 | [`BindNmsDeviceByMac`](api::device::BindNmsDeviceByMac) |
//! | 1.4.3.5 | 控制NVR发现IPC设备 | [`DiscoverIpcByNvr`](api::device::DiscoverIpcByNvr) |
//! | 1.4.3.6 | 查询NVR发现同一局域网下未被添加的IPC进度 | [`GetNotAddedIpcInfoByNvr`](api::device::GetNotAddedIpcInfoByNvr) |
//! | 1.4.3.7 | 把IPC添加到NVR通道下 | [`AddIpcListToNvr`](api::device::AddIpcListToNvr) |
//! | 1.4.3.8 | 解绑NVR通道 | [`UnbindNvrChannel`](api::device::UnbindNvrChannel) |
//! | 1.4.3.9 | 删除设备 | [`DeleteDeviceList`](api::device::DeleteDeviceList) |
//! | 1.4.3.10 | 获取设备型应用下设备列表 | [`GetDeviceListInDeviceApplication`](api::device::GetDeviceListInDeviceApplication) |
//! | 1.4.3.11 | 获取项目型应用下设备列表 | [`GetDeviceListInProjectApplication`](api::device::GetDeviceListInProjectApplication) |
//! | 1.4.3.12 | 获取应用下设备数量及运行状态 | [`GetApplicationOverview`](api::device::GetApplicationOverview) |
//! | 1.4.3.13 | 获取NVR通道设备列表 | [`GetChannelDeviceList`](api::device::GetChannelDeviceList) |
//! | 1.4.3.14 | 查询NVR通道的二维码 | [`GetNvrChannelQrCode`](api::device::GetNvrChannelQrCode) |
//! | 1.4.3.15 | 获取太阳能设备拓展信息 | [`GetSolarPowerDeviceExtendInfo`](api::device::GetSolarPowerDeviceExtendInfo) |
//! | 1.4.3.16 | 获取IPC/NVR能力集 | [`GetDeviceCapability`](api::device::GetDeviceCapability) |
//! | 1.4.3.17 | 同步IPC/NVR设备信息 | [`SyncDevInfo`](api::device::SyncDevInfo) |
//! | 1.4.3.18 | 获取同步IPC/NVR设备进度 | [`SyncDevInfoStatus`](api::device::SyncDevInfoStatus) |
//! | 1.4.3.19 | 转移项目型应用下设备到其他分组 | [`MoveDeviceListToRegion`](api::device::MoveDeviceListToRegion) |
//! | 1.4.3.20 | 修改设备名称 | [`ModifyDeviceName`](api::device::ModifyDeviceName) |
//! | 1.4.3.21 | 重启设备 | [`RebootDeviceList`](api::device::RebootDeviceList) |
//! | 1.4.3.22 | 检测设备最新固件版本 | [`CheckDeviceNewestFwVer`](api::device::CheckDeviceNewestFwVer) |
//! | 1.4.3.23 | 在线升级设备 | [`UpgradeDeviceOnline`](api::device::UpgradeDeviceOnline) |
//! | 1.4.3.24 | 获取设备固件升级信息 | [`GetDeviceUpgradeInfo`](api::device::GetDeviceUpgradeInfo) |
//! | **1.4.4** | **设备配置** | [`api::device_config`] |
//! | 1.4.4.1 | 获取IPC设备OSD能力集 | [`GetDeviceOsdCapability`](api::device_config::GetDeviceOsdCapability) |
//! | 1.4.4.2 | 获取IPC设备日期、星期、字体、自定义字符串的OSD信息 | [`GetDeviceOsdInfo`](api::device_config::GetDeviceOsdInfo) |
//! | 1.4.4.3 | 修改IPC设备日期、星期、字体、自定义字符串的OSD信息 | [`ModifyDeviceOsdInfo`](api::device_config::ModifyDeviceOsdInfo) |
//! | 1.4.4.4 | 给IPC/NVR设备手动校时 | [`ManualTiming`](api::device_config::ManualTiming) |
//! | 1.4.4.5 | 获取IPC/NVR设备定时重启配置 | [`GetDeviceTimingReboot`](api::device_config::GetDeviceTimingReboot) |
//! | 1.4.4.6 | 修改IPC/NVR设备定时重启配置 | [`ModifyDeviceTimingReboot`](api::device_config::ModifyDeviceTimingReboot) |
//! | 1.4.4.7 | 获取IPC设备补光能力集 | [`GetDeviceSupplementLampCapability`](api::device_config::GetDeviceSupplementLampCapability) |
//! | 1.4.4.8 | 获取IPC设备基本画面显示配置 | [`GetDeviceImage`](api::device_config::GetDeviceImage) |
//! | 1.4.4.9 | 配置IPC设备基本画面显示 | [`ModifyDeviceImage`](api::device_config::ModifyDeviceImage) |
//! | 1.4.4.10 | 获取IPC/NVR设备SD卡信息 | [`GetDeviceSdCardInfo`](api::device_config::GetDeviceSdCardInfo) |
//! | 1.4.4.11 | 格式化IPC/NVR设备的SD卡 | [`FormatDeviceSdCard`](api::device_config::FormatDeviceSdCard) |
//! | 1.4.4.12 | 获取IPC/NVR设备录像循环存储状态 | [`GetDeviceRecordLoopInfo`](api::device_config::GetDeviceRecordLoopInfo) |
//! | 1.4.4.13 | 修改IPC/NVR设备录像循环存储状态 | [`ModifyDeviceRecordLoopInfo`](api::device_config::ModifyDeviceRecordLoopInfo) |
//! | 1.4.4.14 | 获取IPC/NVR设备校时方式 | [`GetDeviceTimingInfo`](api::device_config::GetDeviceTimingInfo) |
//! | 1.4.4.15 | 修改IPC/NVR设备校时方式 | [`ModifyDeviceTimingInfo`](api::device_config::ModifyDeviceTimingInfo) |
//! | 1.4.4.16 | 获取IPC设备视频相关能力集信息 | [`GetDeviceVideoCapability`](api::device_config::GetDeviceVideoCapability) |
//! | 1.4.4.17 | 获取IPC设备视频码流信息 | [`GetDeviceVideoInfo`](api::device_config::GetDeviceVideoInfo) |
//! | 1.4.4.18 | 修改IPC设备视频码流信息 | [`ModifyDeviceVideoInfo`](api::device_config::ModifyDeviceVideoInfo) |
//! | 1.4.4.19 | 获取太阳能设备状态信息 | [`QuerySolarPower`](api::device_config::QuerySolarPower) |
//! | 1.4.4.20 | 获取太阳能设备负载供电时间计划 | [`QuerySolarSupplyTime`](api::device_config::QuerySolarSupplyTime) |
//! | 1.4.4.21 | 设置太阳能设备负载供电时间计划 | [`SetSolarSupplyTime`](api::device_config::SetSolarSupplyTime) |
//! | 1.4.4.22 | 重启太阳能设备负载 | [`SolarLoadReset`](api::device_config::SolarLoadReset) |
//! | 1.4.4.23 | 太阳能供电系统电量、输入输出功率统计（按日查询） | [`GetMetricValue`](api::device_config::GetMetricValue) |
//! | 1.4.4.24 | 太阳能供电系统电量、输入输出功率聚合统计（按月查询） | [`GetAggregatedMetricValue`](api::device_config::GetAggregatedMetricValue) |
//! | 1.4.4.25 | 获取IPC设备是否支持变焦 | [`GetDeviceZoomSupport`](api::device_config::GetDeviceZoomSupport) |
//! | 1.4.4.26 | 获取云台设备是否支持复位 | [`GetPtzDeviceResetSupport`](api::device_config::GetPtzDeviceResetSupport) |
//! | 1.4.4.27 | 控制云台设备回到原点所在位置 | [`ResetPtzDevicePosition`](api::device_config::ResetPtzDevicePosition) |
//! | 1.4.4.28 | 获取NVR设备各通道消息推送状态 | [`GetNvrChannelsMessagePushInfo`](api::device_config::GetNvrChannelsMessagePushInfo) |
//! | 1.4.4.29 | 修改NVR设备某通道消息推送状态 | [`ModifyNvrChannelsMessagePushInfo`](api::device_config::ModifyNvrChannelsMessagePushInfo) |
//! | 1.4.4.30 | 修改IPC设备OSD数字水印基本信息 | [`ModifyDeviceOsdWatermarkBasicInfo`](api::device_config::ModifyDeviceOsdWatermarkBasicInfo) |
//! | 1.4.4.31 | 添加IPC设备OSD数字水印动态字符串信息 | [`AddDeviceOsdWatermarkDynamicLabelInfo`](api::device_config::AddDeviceOsdWatermarkDynamicLabelInfo) |
//! | 1.4.4.32 | 修改IPC设备OSD数字水印静态字符串信息 | [`ModifyDeviceOsdWatermarkSolidLabelInfo`](api::device_config::ModifyDeviceOsdWatermarkSolidLabelInfo) |
//! | 1.4.4.33 | 清空IPC设备OSD数字水印信息 | [`ClearDeviceOsdWatermarkInfo`](api::device_config::ClearDeviceOsdWatermarkInfo) |
//! | **1.4.5** | **预览回放** | [`api::preview`] |
//! | 1.4.5.1 | 预览回放相关字段取值表格 | [`VideoType`](api::preview::VideoType), [`VideoEvent`](api::preview::VideoEvent) |
//! | 1.4.5.2 | 获取音视频流访问地址 | [`RequestStreamUrl`](api::preview::RequestStreamUrl) |
//! | 1.4.5.3 | 请求获得relay服务器地址 | [`RequestRelayUrl`](api::preview::RequestRelayUrl) |
//! | 1.4.5.4 | 轮询获得relay服务器地址 | [`RequestRelayUrlAgain`](api::preview::RequestRelayUrlAgain) |
//! | 1.4.5.5 | 刷新访问流服务器cookie过期时间 | [`RenewRelayCookie`](api::preview::RenewRelayCookie) |
//! | 1.4.5.6 | 搜索存在回放录像的日期 | [`SearchYear`](api::preview::SearchYear) |
//! | 1.4.5.7 | 搜索当天录像数据 | [`SearchVideo`](api::preview::SearchVideo) |
//! | 1.4.5.8 | 搜索当天所有人形侦测录像数据 | [`SearchHumanDetectionVideo`](api::preview::SearchHumanDetectionVideo) |
//! | **1.4.6** | **消息订阅** | [`api::message`] |
//! | 1.4.6.1 | 添加或者更新应用维度的消息订阅配置 | [`SetAppMsgPushConfig`](api::message::SetAppMsgPushConfig) |
//! | 1.4.6.2 | 查询应用的消息订阅配置 | [`GetAppMsgPushConfig`](api::message::GetAppMsgPushConfig) |
//! | 1.4.6.3 | 推送消息体定义 | [`webhook::PushMessage`], [`webhook::PushMessage::parse`] |
//! | 1.4.6.4 | msgType定义 | [`webhook::MsgType`] |
//! | 1.4.6.5 | msgContentType定义 | [`webhook::MsgContentType`] |
//! | **1.4.7** | **客流统计** | [`api::passenger_flow`] |
//! | 1.4.7.1 | 获取分组内支持客流统计的IPC | [`GetFlowDeviceInRegion`](api::passenger_flow::GetFlowDeviceInRegion) |
//! | 1.4.7.2 | 获取分组列表内支持客流统计的IPC数目 | [`GetFlowDeviceNumInRegionList`](api::passenger_flow::GetFlowDeviceNumInRegionList) |
//! | 1.4.7.3 | 查询客流统计进出人数列表 | [`QueryFlow`](api::passenger_flow::QueryFlow) |
//! | 1.4.7.4 | 查询分组单项统计某时间段的客流总数 | [`QueryRegionSingleFlow`](api::passenger_flow::QueryRegionSingleFlow) |
//! | 1.4.7.5 | 查询设备单项统计某时间段的客流总数 | [`QueryDeviceSingleFlow`](api::passenger_flow::QueryDeviceSingleFlow) |
//! | 1.4.7.6 | 查询客流统计数据更新状态 | [`GetFlowSyncStatus`](api::passenger_flow::GetFlowSyncStatus) |
//! | **1.4.8** | **监控点报警** | [`api::alarm`] |
//! | 1.4.8.1 | alarmType定义 | [`AlarmType`](api::alarm::AlarmType) |
//! | 1.4.8.2 | 手动触发报警输出 | [`TriggerManualAlarm`](api::alarm::TriggerManualAlarm) |
//! | 1.4.8.3 | 设置事件侦测开关 | [`SetEnableByAlarmType`](api::alarm::SetEnableByAlarmType) |
//! | 1.4.8.4 | 设置报警输入开关 | [`SetAlarmInputEnable`](api::alarm::SetAlarmInputEnable) |
//! | 1.4.8.5 | 设置报警输出开关 | [`SetAlarmOutputEnable`](api::alarm::SetAlarmOutputEnable) |
//! | **1.4.9** | **车辆管理** | [`api::vehicle`] |
//! | 1.4.9.1 | 枚举值列表 | [`PlateType`](api::vehicle::PlateType) and the other enums of [`api::vehicle`] |
//! | 1.4.9.2 | 获取车牌列表 | [`GetAllPlateListByPage`](api::vehicle::GetAllPlateListByPage) |
//! | 1.4.9.3 | 导出行车检测记录 | [`ExportAllVehicleDetectionRecords`](api::vehicle::ExportAllVehicleDetectionRecords) |
//! | 1.4.9.4 | 导出车位进出记录 | [`ExportAllEntryAndLeaveRecords`](api::vehicle::ExportAllEntryAndLeaveRecords) |
//! | 1.4.9.5 | 获取导出记录列表 | [`GetExportRecords`](api::vehicle::GetExportRecords) |
//! | 1.4.9.6 | 删除导出记录 | [`DeleteExportRecord`](api::vehicle::DeleteExportRecord) |
//! | 1.4.9.7 | 下载导出记录 | [`DownloadExportRecord`](api::vehicle::DownloadExportRecord) |
//! | **2026: 1.4.1** | **AK/SK — 权限策略 (2026-08-31 edition)** | [`api::policy`]; 1.4.1.1 `policyIdList`/`devList` on [`CreateTempApplicationApiCredential`](api::credential::CreateTempApplicationApiCredential) |
//! | 1.4.1.2–1.4.1.6 | 创建 / 批量删除 / 修改 / 查询详情 / 分页查询权限策略 | [`CreatePolicy`](api::policy::CreatePolicy), [`BatchDeletePolicy`](api::policy::BatchDeletePolicy), [`EditPolicy`](api::policy::EditPolicy), [`GetPolicyDetail`](api::policy::GetPolicyDetail), [`QueryPolicyList`](api::policy::QueryPolicyList) |
//! | **2026: 1.4.3** | **设备管理 additions** | [`api::device_ext`] (GB variants 1.4.22.1.1/2 on the same types) |
//! | 1.4.3.2.2, 1.4.3.2.5, 1.4.3.2.7 | 添加设备到设备型应用 / 通过二维码添加设备到指定分组 / 设备是否已绑定 | [`BindDeviceListToDeviceApplication`](api::device_ext::BindDeviceListToDeviceApplication), [`BindDeviceIntoRegionByQrCode`](api::device_ext::BindDeviceIntoRegionByQrCode), [`GetBindInfo`](api::device_ext::GetBindInfo) |
//! | 1.4.3.2.9–1.4.3.2.11 | 设备发现绑定任务 / 进度 / 结果列表 | [`StartDeviceDiscoverAndBind`](api::device_ext::StartDeviceDiscoverAndBind), [`GetDeviceDiscoverAndBindProgress`](api::device_ext::GetDeviceDiscoverAndBindProgress), [`GetDeviceDiscoverAndBindResultList`](api::device_ext::GetDeviceDiscoverAndBindResultList) |
//! | 1.4.3.3.1, 1.4.3.3.9, 1.4.3.3.16–1.4.3.3.19 | 设备详细信息 / 修改 IPC 网络连接配置 / 位置 / 轨迹位点 / SN 码 / 在线状态 | [`GetDeviceDetails`](api::device_ext::GetDeviceDetails), [`SetDeviceIpAddr`](api::device_ext::SetDeviceIpAddr), [`GetDeviceLocation`](api::device_ext::GetDeviceLocation), [`QueryDeviceTrackPositions`](api::device_ext::QueryDeviceTrackPositions), [`GetSnListByMacList`](api::device_ext::GetSnListByMacList), [`GetDeviceOnlineStatus`](api::device_ext::GetDeviceOnlineStatus) |
//! | **2026: 1.4.5.10–11** | **倍速播放 / 鱼眼模式能力集** | [`GetScaleCapability`](api::playback_ext::GetScaleCapability), [`GetFishEyeCapability`](api::playback_ext::GetFishEyeCapability) |
//! | **2026: 1.4.6** | **HTTP-FLV 拉流** | [`GetHttpFlvUrl`](api::http_flv::GetHttpFlvUrl), [`GetHttpFlvCloseReason`](api::http_flv::GetHttpFlvCloseReason), [`HttpFlvStreamUrl`](api::http_flv::HttpFlvStreamUrl) |
//! | **2026: 1.4.7** | **监控点报警 additions** | [`SetNotifyListByAlarmType`](api::alarm_ext::SetNotifyListByAlarmType), [`SetMsgPushEnable`](api::alarm_ext::SetMsgPushEnable), [`ResetMsgPushPlan`](api::alarm_ext::ResetMsgPushPlan), [`TriggerManualMsgAlarm`](api::alarm_ext::TriggerManualMsgAlarm) |
//! | **2026: 1.4.8.3–1.4.8.6** | **推送签名密钥 / 推送消息体签名** | [`SetAppMsgPushSk`](api::push_sign::SetAppMsgPushSk), [`GetAppMsgPushSk`](api::push_sign::GetAppMsgPushSk), [`webhook`] (`PushVerifier`) |
//! | 1.5 | 错误码说明 | [`ErrorCode`] (all codes, with [`ErrorCode::description`]), [`Error::Api`] |
//!
//! ## What you get
//!
//! * **One endpoint, one type.** Each endpoint is a request struct in [`api`] that
//!   implements [`client_core::Endpoint`] (exact path, POST, JSON body, response type,
//!   documented ranges checked before sending). [`Client::send`] returns the typed
//!   `result`.
//! * **Signing done right.** Every attempt is signed with `X-Authorization` (1.2.2):
//!   a fresh UNIX-seconds timestamp and 32-character nonce each time, over exactly the
//!   bytes sent, with a TerminalId generated once per client. Retries re-sign, so the
//!   platform's nonce-replay check never trips. A local clock that is more than 5
//!   minutes off (-10302) is corrected from the server's `Date` header, once.
//! * **Errors that say what happened.** A non-zero `error_code` is [`Error::Api`]
//!   carrying an [`ErrorCode`] — every one of the 515 codes of the 1.5 tables (the
//!   seed's 419 and the 2026-08-31 edition's additions), with its Chinese description. A batch call's `failList` is
//!   [`Error::PartialFailure`], never a silent success. Transport, timeout, HTTP
//!   status (HTML bodies survive as excerpts) and decode errors come from
//!   [`client_core::Error`]. [`Error::is_retryable`] follows the seed ("busy, retry"
//!   codes retry; signature errors never do).
//! * **Pagination.** [`Client::stream`] turns any `start`/`limit` endpoint into a
//!   [`futures::Stream`] that stops at `total`.
//! * **Temporary credentials** (1.2.2.5, 1.4.1.1): mint them
//!   ([`Client::with_temp_credentials`]), or let the client sign with temporary keys it
//!   refreshes before `expireTime` ([`ClientBuilder::temp_credentials`]).
//! * **Rate limits the seed states** are kept client-side: one vehicle export per 5 s
//!   ([`client::RATE_LIMITED_EXPORT_PATHS`]); an optional general limiter.
//! * **Webhook push** ([`webhook`]): a typed [`webhook::PushMessage`], a parser with
//!   typed errors and, with the `webhook` feature, an axum receiver.
//! * **Simulator** (feature `simulator`): an in-process fake cloud that checks
//!   signatures exactly as the platform does, keeps regions and devices, answers every
//!   other endpoint with its documented example and injects faults.
//!
#![deny(missing_docs)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]

pub mod api;
pub mod client;
pub mod entrust;
pub mod envelope;
pub mod error;
pub mod error_codes;
mod msg_content_type;
pub mod webhook;

#[cfg(feature = "simulator")]
pub mod simulator;

pub use client::{Client, ClientBuilder, ExportLimitMode};
pub use envelope::{Envelope, FailItem, PagedList};
pub use error::{Error, Result};
pub use error_codes::ErrorCode;

pub use client_core::{
    Ack, ApiError, ClientOptions, PageStream, PaginateOptions, Prepared, RateLimiter, RetryClass,
    RetryPolicy, Retryable, Secret,
};

#[cfg(feature = "simulator")]
pub use client_core::sim::{Fault, FaultRule, RecordedRequest};
