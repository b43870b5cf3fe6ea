//! 数据字典 — every enumeration of the seed's data dictionary (hongtu-aiot-openapi.txt,
//! 数据字典 1.1 … 1.12), plus the few inline enumerations that several modules and the
//! callbacks share.
//!
//! Every enum is *open*: a value this SDK does not know is kept as `Unknown(i64)` (or
//! `Unknown(String)`), so a newer box never breaks decoding. Each variant's doc gives the
//! seed's Chinese meaning. Values are decoded leniently (a number or a numeric string).
//! The seed's own "未知" (unknown) values are named `Unspecified`, since `Unknown(_)`
//! is reserved for values missing from the table.
//!
//! ```
//! use hongtu_client::dict::{PersonType, VehicleColor, vehicle_brand_name};
//!
//! let t: PersonType = serde_json::from_str("3").unwrap();
//! assert_eq!(t, PersonType::KeyPerson);
//! assert_eq!(serde_json::from_str::<VehicleColor>("\"99\"").unwrap(), VehicleColor::Unspecified);
//! assert_eq!(serde_json::from_str::<PersonType>("9").unwrap(), PersonType::Unknown(9));
//! assert_eq!(vehicle_brand_name(1), Some("大众"));
//! assert_eq!(vehicle_brand_name(19), None);
//! ```

mod vehicle_brand;

pub use vehicle_brand::{vehicle_brand_name, VEHICLE_BRANDS};

// ---------------------------------------------------------------- 1.1 系统安全参数配置

client_core::int_enum! {
    /// 人脸下发方式 (faceConfigStatus) — how faces are distributed to devices
    /// (数据字典 1.1.1 and 1.12.4).
    pub enum FaceConfigStatus {
        /// 图片下发 — distribute images (the default, "0").
        Image = 0,
        /// 特征值下发 — distribute feature values.
        Feature = 1,
    }
}

// ---------------------------------------------------------------- 1.2 人员

client_core::int_enum! {
    /// 人员类型 (personType) — person type (数据字典 1.2.1).
    pub enum PersonType {
        /// 员工 — employee.
        Employee = 1,
        /// 访客 — visitor.
        Visitor = 2,
        /// 重点人员 — key person (some places call it 黑名单, blacklist).
        KeyPerson = 3,
    }
}

client_core::int_enum! {
    /// 性别 (sex, gender) — sex (数据字典 1.2.2).
    pub enum Sex {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 男 — male.
        Male = 1,
        /// 女 — female.
        Female = 2,
    }
}

client_core::int_enum! {
    /// 访客类型 (visitType) — visitor type (数据字典 1.2.3).
    pub enum VisitType {
        /// 普通访客 — normal visitor.
        Normal = 1,
        /// VIP访客 — VIP visitor.
        Vip = 2,
    }
}

/// 访客状态 (visitedStatus) — visitor status (数据字典 1.2.4): `true` 有效 (valid),
/// `false` 无效 (invalid). A boolean on the wire, so a plain `bool` alias.
pub type VisitedStatus = bool;

client_core::int_enum! {
    /// 人脸入库登记等级 (level) — face enrollment quality grade (数据字典 1.2.5).
    pub enum FaceLevel {
        /// 低 — low.
        Low = 1,
        /// 高 — high.
        High = 3,
        /// 自定义 — custom (requires `customConfig`).
        Custom = 4,
    }
}

// ---------------------------------------------------------------- 1.3 组管理

client_core::int_enum! {
    /// 组类型 (type) — person group type (数据字典 1.3.1).
    pub enum GroupType {
        /// 员工组 — employee group.
        Employee = 1,
        /// 访客组 — visitor group.
        Visitor = 2,
        /// 重点人员组 — key-person group.
        KeyPerson = 3,
    }
}

// ---------------------------------------------------------------- 1.4 设备

client_core::int_enum! {
    /// 设备模式 (deviceMode) — device working mode (数据字典 1.4.1).
    pub enum DeviceMode {
        /// 人脸识别模式 — face recognition.
        FaceRecognition = 1,
        /// 结构化模式 — structured (full-attribute) analysis.
        Structured = 2,
        /// 警戒模式 — alert (perimeter) mode.
        Alert = 3,
        /// 人脸抓拍模式 — face capture.
        FaceCapture = 4,
        /// 混合模式 — hybrid mode (B3R-type devices).
        Hybrid = 5,
        /// 全模式 — full mode (B4H-type devices).
        Full = 12,
    }
}

client_core::int_enum! {
    /// 设备类型 (deviceType) — device type (数据字典 1.4.2).
    pub enum DeviceType {
        /// 智能摄像头 — smart camera (MegEye-C3S/C4H/C4N/C4S/C4R, Smart IPC, Hikvision,
        /// Dahua, Uniview, Kedacom, Huawei cameras).
        SmartCamera = 1,
        /// 智能面板机 — smart face panel (MegEye-W5K/W4K, SmartEye-W4K-E7).
        SmartPanel = 2,
        /// 智能服务器 — smart server (MegBox-B3R-412/1012/1012(H1), MegCube-B4H16-311).
        SmartServer = 3,
        /// 网络摄像机 — network camera (MegEye-C… models, IPC).
        NetworkCamera = 4,
        /// 存储服务器 — storage server / NVR (MegNVR-N4K/N4M/N8K/N8M/N8P).
        StorageServer = 5,
    }
}

client_core::int_enum! {
    /// 设备型号 (deviceModel) — device model (数据字典 1.4.3). Examples also carry
    /// models the table lacks (18 CORE, 35 MegEye-W3K-45S, 39): they decode as `Unknown`.
    pub enum DeviceModel {
        /// MegEye-W5K-I8.
        MegEyeW5kI8 = 1,
        /// MegEye-W4K-E7.
        MegEyeW4kE7 = 2,
        /// MegEye-W4K-I51.
        MegEyeW4kI51 = 3,
        /// MegEye-C3S-123.
        MegEyeC3s123 = 4,
        /// MegEye-C4H-141.
        MegEyeC4h141 = 5,
        /// MegEye-C4H-241.
        MegEyeC4h241 = 6,
        /// MegEye-C4N-888.
        MegEyeC4n888 = 7,
        /// MegEye-C4S-222.
        MegEyeC4s222 = 8,
        /// MegEye-C4S-322.
        MegEyeC4s322 = 9,
        /// MegEye-C4R-122.
        MegEyeC4r122 = 10,
        /// MegEye-C4R-222.
        MegEyeC4r222 = 11,
        /// MegEye-C4R-322.
        MegEyeC4r322 = 12,
        /// Smart IPC.
        SmartIpc = 13,
        /// IPC.
        Ipc = 21,
        /// MegBox-B3R-412.
        MegBoxB3r412 = 22,
        /// MegBox-B3R-1012.
        MegBoxB3r1012 = 23,
        /// MegNVR-N4K-001.
        MegNvrN4k001 = 24,
        /// MegNVR-N4M-001.
        MegNvrN4m001 = 25,
        /// MegNVR-N8K-281.
        MegNvrN8k281 = 26,
        /// MegNVR-N8M-281.
        MegNvrN8m281 = 27,
        /// MegNVR-N8P-281.
        MegNvrN8p281 = 28,
        /// 海康摄像头 — Hikvision camera.
        Hikvision = 29,
        /// 大华摄像头 — Dahua camera.
        Dahua = 30,
        /// 宇视摄像头 — Uniview camera.
        Uniview = 31,
        /// 科达摄像头 — Kedacom camera.
        Kedacom = 32,
        /// 华为摄像头 — Huawei camera.
        Huawei = 33,
        /// MegEye-W4K-I52.
        MegEyeW4kI52 = 34,
        /// MegEye-W4K-I31.
        MegEyeW4kI31 = 36,
        /// MegBox-B3R-1012(H1).
        MegBoxB3r1012H1 = 37,
        /// MegEye-W5K-EA.
        MegEyeW5kEa = 40,
        /// MegEye-W5K-EA-D.
        MegEyeW5kEaD = 41,
        /// MegEye-W5K-EA-T.
        MegEyeW5kEaT = 42,
        /// MegEye-W5K-EA-DT.
        MegEyeW5kEaDt = 43,
        /// MegEye-W4K-E82.
        MegEyeW4kE82 = 44,
        /// SmartEye-W4K-E7.
        SmartEyeW4kE7 = 45,
        /// MegCube-B4H16-311 (listed as 39 in older documents).
        MegCubeB4h16_311 = 57,
    }
}

impl DeviceModel {
    /// The model name as the seed prints it (数据字典 1.4.3), `None` for unknown codes.
    pub fn model_name(&self) -> Option<&'static str> {
        Some(match self {
            Self::MegEyeW5kI8 => "MegEye-W5K-I8",
            Self::MegEyeW4kE7 => "MegEye-W4K-E7",
            Self::MegEyeW4kI51 => "MegEye-W4K-I51",
            Self::MegEyeC3s123 => "MegEye-C3S-123",
            Self::MegEyeC4h141 => "MegEye-C4H-141",
            Self::MegEyeC4h241 => "MegEye-C4H-241",
            Self::MegEyeC4n888 => "MegEye-C4N-888",
            Self::MegEyeC4s222 => "MegEye-C4S-222",
            Self::MegEyeC4s322 => "MegEye-C4S-322",
            Self::MegEyeC4r122 => "MegEye-C4R-122",
            Self::MegEyeC4r222 => "MegEye-C4R-222",
            Self::MegEyeC4r322 => "MegEye-C4R-322",
            Self::SmartIpc => "Smart IPC",
            Self::Ipc => "IPC",
            Self::MegBoxB3r412 => "MegBox-B3R-412",
            Self::MegBoxB3r1012 => "MegBox-B3R-1012",
            Self::MegNvrN4k001 => "MegNVR-N4K-001",
            Self::MegNvrN4m001 => "MegNVR-N4M-001",
            Self::MegNvrN8k281 => "MegNVR-N8K-281",
            Self::MegNvrN8m281 => "MegNVR-N8M-281",
            Self::MegNvrN8p281 => "MegNVR-N8P-281",
            Self::Hikvision => "海康摄像头",
            Self::Dahua => "大华摄像头",
            Self::Uniview => "宇视摄像头",
            Self::Kedacom => "科达摄像头",
            Self::Huawei => "华为摄像头",
            Self::MegEyeW4kI52 => "MegEye-W4K-I52",
            Self::MegEyeW4kI31 => "MegEye-W4K-I31",
            Self::MegBoxB3r1012H1 => "MegBox-B3R-1012(H1)",
            Self::MegEyeW5kEa => "MegEye-W5K-EA",
            Self::MegEyeW5kEaD => "MegEye-W5K-EA-D",
            Self::MegEyeW5kEaT => "MegEye-W5K-EA-T",
            Self::MegEyeW5kEaDt => "MegEye-W5K-EA-DT",
            Self::MegEyeW4kE82 => "MegEye-W4K-E82",
            Self::SmartEyeW4kE7 => "SmartEye-W4K-E7",
            Self::MegCubeB4h16_311 => "MegCube-B4H16-311",
            Self::Unknown(_) => return None,
        })
    }
}

client_core::int_enum! {
    /// 协议类型 (protocol) — stream protocol used to add a camera (数据字典 1.4.4).
    pub enum Protocol {
        /// rtsp — the RTSP stream URL must be given when adding the device.
        Rtsp = 1,
        /// onvif — no RTSP URL needed; the port differs from RTSP's.
        Onvif = 2,
    }
}

client_core::int_enum! {
    /// 是否支持主动模式 (activeMode) — whether the device connects in active mode.
    ///
    /// The data dictionary (1.5) lists 1 = 非主动模式 / 2 = 主动模式, but every API table
    /// (device add/update/list) documents and sends 0 = 非主动模式 / 1 = 主动模式 (default 0);
    /// this enum follows the API tables, i.e. the wire. A `2` decodes as `Unknown(2)`.
    pub enum ActiveMode {
        /// 非主动模式 — not active mode (the box connects to the device by IP).
        NonActive = 0,
        /// 主动模式 — active mode (the device connects to the box; `snCode` required,
        /// no IP).
        Active = 1,
    }
}

client_core::int_enum! {
    /// 接入协议 (joinProtocol) — how a smart camera joins (数据字典 1.6).
    pub enum JoinProtocol {
        /// sdk — SDK access (the default; smart cameras only).
        Sdk = 1,
        /// 1400 — GA/T 1400 access (smart cameras only).
        Gat1400 = 2,
    }
}

client_core::int_enum! {
    /// 接入模式 (discoveryMethod) — how the device was added (数据字典 1.6.1).
    pub enum DiscoveryMethod {
        /// 主动上报 — self-reported by the device.
        SelfReported = 1,
        /// 页面添加 — added in the web page.
        AddedInPage = 2,
    }
}

client_core::int_enum! {
    /// 设备状态 (deviceStatus) — device state (inline in the device, door-alarm and
    /// pass-record tables; "3 在线, 4 离线, and 4 other states customers need not care
    /// about").
    pub enum DeviceStatus {
        /// 未激活 — not activated.
        NotActivated = 0,
        /// 在线未绑定 — online, not bound.
        OnlineUnbound = 1,
        /// 离线未绑定 — offline, not bound.
        OfflineUnbound = 2,
        /// 在线 — online.
        Online = 3,
        /// 离线 — offline.
        Offline = 4,
        /// 解绑中 — unbinding.
        Unbinding = 5,
    }
}

// ---------------------------------------------------------------- 1.7 门禁点管理

client_core::int_enum! {
    /// 绑定类型 (bindType) — what a door point is bound to (数据字典 1.7.1).
    pub enum BindType {
        /// B3R — a MegBox-B3R smart server.
        B3r = 1,
        /// 面板机 — a face panel.
        Panel = 3,
    }
}

client_core::int_enum! {
    /// 照片显示类型 (pictureType) — which photo a panel shows on recognition
    /// (数据字典 1.7.2).
    pub enum PictureType {
        /// 底库照片 — the enrolled photo.
        Enrolled = 0,
        /// 抓拍照片 — the captured photo.
        Captured = 1,
        /// 不显示照片 — no photo.
        None = 2,
    }
}

client_core::int_enum! {
    /// 报警输入 (alarmInput1, alarmInput2) — alarm input use (数据字典 1.7.3).
    pub enum AlarmInput {
        /// 不启用 — disabled.
        Disabled = 0,
        /// 消防信号 — fire signal.
        Fire = 1,
        /// 报警信号 — alarm signal.
        Alarm = 2,
    }
}

client_core::int_enum! {
    /// 报警输出 (alarmOutput1) — what triggers the alarm output (数据字典 1.7.4).
    pub enum AlarmOutput {
        /// 联动门铃提示 — doorbell linkage.
        Doorbell = 0,
        /// 黑名单报警联动报警 — blacklist (key person) alarm.
        Blacklist = 1,
        /// 门磁超时联动报警 — door-sensor open-timeout alarm.
        DoorSensorTimeout = 2,
        /// 报警输入1联动报警 — alarm input 1 linkage.
        AlarmInput1 = 3,
        /// 报警输入2联动报警 — alarm input 2 linkage.
        AlarmInput2 = 4,
    }
}

client_core::int_enum! {
    /// 通行认证方式 (verificationMode, vistorRecordType) — pass verification mode
    /// (数据字典 1.7.5; 4 and 5 appear only in pass records).
    pub enum VerificationMode {
        /// 人脸 — face.
        Face = 0,
        /// 人脸或刷卡 — face or card.
        FaceOrCard = 1,
        /// 人脸及刷卡 — face and card.
        FaceAndCard = 2,
        /// 人脸及密码 — face and password.
        FaceAndPassword = 3,
        /// 远程开门 — remote opening (pass records only).
        RemoteOpen = 4,
        /// 二维码 — QR code (pass records only).
        QrCode = 5,
    }
}

client_core::int_enum! {
    /// 使用模式 (recognitionMode) — single or multiple persons per frame
    /// (数据字典 1.7.6).
    pub enum RecognitionMode {
        /// 单人 — single person.
        Single = 0,
        /// 多人 — multiple persons.
        Multiple = 1,
    }
}

// ---------------------------------------------------------------- 1.8 聚类

client_core::int_enum! {
    /// 聚类任务状态 (statusType) — clustering task state (数据字典 1.8.1).
    pub enum ClusterTaskStatus {
        /// 处理中 — processing.
        Processing = 0,
        /// 已完成 — completed.
        Completed = 1,
        /// 已删除 — deleted.
        Deleted = 2,
    }
}

// ---------------------------------------------------------------- 1.9 考勤

client_core::int_enum! {
    /// 打卡状态 (isPunch) — whether a special date requires punching (数据字典 1.9.1;
    /// used in attendance-group rules for special dates).
    pub enum IsPunch {
        /// 不打卡 — no punch (the default).
        NoPunch = 0,
        /// 打卡 — punch.
        Punch = 1,
    }
}

client_core::int_enum! {
    /// 考勤结果 (result) — attendance result of one period (数据字典 1.9.2).
    pub enum AttendanceResult {
        /// "--" — no result yet (暂无结果).
        NoResult = 0,
        /// 正常 — normal.
        Normal = 1,
        /// 缺勤 — absent.
        Absent = 2,
        /// 迟到 — late.
        Late = 3,
        /// 早退 — left early.
        LeftEarly = 4,
        /// 迟到早退 — late and left early.
        LateAndLeftEarly = 5,
        /// 漏打卡 — missed punch.
        MissedPunch = 6,
        /// 出勤调整 — adjusted.
        Adjusted = 7,
    }
}

client_core::int_enum! {
    /// 出勤调整类型 (adjustType) — attendance adjustment type (数据字典 1.9.3).
    pub enum AdjustType {
        /// 补卡 — punch supplement.
        PunchSupplement = 1,
        /// 请假 — leave.
        Leave = 2,
        /// 调休 — time off in lieu.
        TimeOffInLieu = 3,
        /// 调班 — shift swap.
        ShiftSwap = 4,
    }
}

client_core::int_enum! {
    /// 考勤状态 (status) — attendance state of a day (数据字典 1.9.4).
    pub enum AttendanceStatus {
        /// "--" — no result yet (暂无结果).
        NoResult = 0,
        /// 正常 — normal.
        Normal = 1,
        /// 旷工 — absenteeism.
        Absenteeism = 2,
        /// 出勤调整 — adjusted.
        Adjusted = 3,
        /// 异常 — abnormal.
        Abnormal = 4,
    }
}

client_core::int_enum! {
    /// 考勤时段编号 (order) — attendance period number (数据字典 1.9.5; at most 3
    /// periods per rule).
    pub enum AttendanceOrder {
        /// 考勤时段1 — period 1.
        Period1 = 1,
        /// 考勤时段2 — period 2.
        Period2 = 2,
        /// 考勤时段3 — period 3 (最多3个考勤时段, at most three).
        Period3 = 3,
    }
}

client_core::int_enum! {
    /// 跨天打卡考勤统计标识 (daySpan) — which day a cross-midnight punch counts for
    /// (数据字典 1.9.6).
    pub enum DaySpan {
        /// 正常打卡统计 — counted on the first day (a 6th→7th punch counts for the 6th).
        FirstDay = 0,
        /// 跨天打卡统计 — counted on the second day (a 6th→7th punch counts for the 7th).
        SecondDay = 1,
    }
}

client_core::str_enum! {
    /// 考勤周期 (weekPlan) — a weekday of an attendance cycle (attendance-group rules:
    /// `['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATUR…` — the PDF truncates
    /// the list; SATURDAY and SUNDAY follow the same Java `DayOfWeek` spelling).
    pub enum WeekDay {
        /// 星期一 — Monday.
        Monday = "MONDAY",
        /// 星期二 — Tuesday.
        Tuesday = "TUESDAY",
        /// 星期三 — Wednesday.
        Wednesday = "WEDNESDAY",
        /// 星期四 — Thursday.
        Thursday = "THURSDAY",
        /// 星期五 — Friday.
        Friday = "FRIDAY",
        /// 星期六 — Saturday.
        Saturday = "SATURDAY",
        /// 星期日 — Sunday.
        Sunday = "SUNDAY",
    }
}

// ---------------------------------------------------------------- 1.10 结构化 & 车辆

client_core::int_enum! {
    /// 头盔状态 (wearSafetycap) — safety helmet (数据字典 1.10.1).
    pub enum SafetyCapStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 无安全帽 — no helmet.
        NoHelmet = 1,
        /// 有安全帽 — wearing a helmet.
        Helmet = 2,
    }
}

client_core::int_enum! {
    /// 骑行状态 (rideBike) — riding state (数据字典 1.10.2).
    pub enum RideBikeStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 未骑行 — not riding.
        NotRiding = 1,
        /// 骑行 — riding.
        Riding = 2,
    }
}

client_core::int_enum! {
    /// 包的类型 (bagType) — bag type (数据字典 1.10.3).
    pub enum BagType {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 未携带包 — no bag.
        NoBag = 1,
        /// 双肩包 — backpack.
        Backpack = 2,
        /// 手提包 — handbag.
        Handbag = 3,
        /// 单肩包 — shoulder bag.
        ShoulderBag = 4,
        /// 拉杆箱 — trolley case.
        TrolleyCase = 5,
        /// 腰包 — waist bag.
        WaistBag = 6,
        /// 有背包，类型未知 — carries a bag of unknown type.
        BagOfUnknownType = 7,
    }
}

client_core::int_enum! {
    /// 颜色类型 — clothing colour: 帽子 (hatColor), 上衣服饰 (dressUpperColor),
    /// 下衣服饰 (dressLowerColor) (数据字典 1.10.4).
    pub enum ClothingColor {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 白色 — white.
        White = 1,
        /// 灰色 — gray.
        Gray = 2,
        /// 棕色 — brown.
        Brown = 3,
        /// 红色 — red.
        Red = 4,
        /// 蓝色 — blue.
        Blue = 5,
        /// 黄色 — yellow.
        Yellow = 6,
        /// 绿色 — green.
        Green = 7,
        /// 粉色 — pink.
        Pink = 8,
        /// 橙色 — orange.
        Orange = 9,
        /// 青色 — cyan.
        Cyan = 10,
        /// 紫色 — purple.
        Purple = 11,
        /// 浅蓝色 — light blue.
        LightBlue = 12,
        /// 深蓝色 — dark blue.
        DarkBlue = 13,
        /// 黑色 — black.
        Black = 14,
        /// 彩色 — multicolour.
        Multicolor = 15,
    }
}

client_core::int_enum! {
    /// 帽子状态 (wearHat) — hat (数据字典 1.10.5).
    pub enum HatStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 无帽子 — no hat.
        NoHat = 1,
        /// 有帽子 — wearing a hat.
        Hat = 2,
    }
}

client_core::int_enum! {
    /// 下身服饰 (dressLowerStyle) — lower-body clothing (数据字典 1.10.6).
    pub enum DressLowerStyle {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 长裤 — trousers.
        Trousers = 1,
        /// 短裤 — shorts.
        Shorts = 2,
        /// 长裙 — long skirt.
        LongSkirt = 3,
        /// 短裙 — short skirt.
        ShortSkirt = 4,
    }
}

client_core::int_enum! {
    /// 上衣服饰 (dressUpperStyle) — upper-body clothing (数据字典 1.10.7).
    pub enum DressUpperStyle {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 长袖 — long sleeves.
        LongSleeve = 1,
        /// 短袖 — short sleeves.
        ShortSleeve = 2,
    }
}

client_core::int_enum! {
    /// 鼻子有无遮挡 (noseOcclusion) — nose occlusion (数据字典 1.10.8).
    pub enum NoseOcclusion {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 未遮挡 — not occluded.
        NotOccluded = 1,
        /// 有遮挡 — occluded.
        Occluded = 2,
    }
}

client_core::int_enum! {
    /// 头发状态 (hairStatus) — hair (数据字典 1.10.9).
    pub enum HairStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 长发 — long hair.
        Long = 1,
        /// 短发 — short hair.
        Short = 2,
        /// 少量头发（秃顶） — little hair (balding).
        Balding = 3,
        /// 光头 — bald.
        Bald = 4,
    }
}

client_core::int_enum! {
    /// 胡子状态 (beardStatus) — beard (数据字典 1.10.10).
    pub enum BeardStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 无胡子 — no beard.
        NoBeard = 1,
        /// 有胡子 — beard.
        Beard = 2,
    }
}

client_core::int_enum! {
    /// 年龄 (age) — age bracket (数据字典 1.10.11).
    pub enum AgeGroup {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 儿童 — child.
        Child = 1,
        /// 少年 — juvenile.
        Juvenile = 2,
        /// 青年 — youth.
        Youth = 3,
        /// 中年 — middle-aged.
        MiddleAged = 4,
        /// 中老年 — middle-aged to old.
        MiddleToOld = 5,
        /// 老年 — elderly.
        Elderly = 6,
    }
}

client_core::int_enum! {
    /// 结构化类别 (category) — structured target category (数据字典 1.10.12). Structure
    /// search/query send it as a string (`"2"`), pushes as an integer: both decode.
    pub enum StructureCategory {
        /// 人脸 — face.
        Face = 1,
        /// 人体 — pedestrian (body).
        Pedestrian = 2,
        /// 机动车 — motor vehicle.
        MotorVehicle = 3,
        /// 非机动车 — non-motor vehicle.
        NonMotorVehicle = 4,
    }
}

client_core::int_enum! {
    /// 车辆类型 (vehicleType) — recognised vehicle body type (数据字典 1.10.13).
    /// Non-motor vehicles use 20, 21, 100, 101, 102.
    pub enum VehicleType {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 两厢轿车 — hatchback.
        Hatchback = 1,
        /// 轿车 — sedan.
        Sedan = 2,
        /// 轿跑 — coupe.
        Coupe = 3,
        /// 小型轿车 — small car.
        SmallCar = 4,
        /// 微型轿车 — mini car.
        MiniCar = 5,
        /// MPV.
        Mpv = 6,
        /// SUV.
        Suv = 7,
        /// 大型客车 — large bus.
        LargeBus = 8,
        /// 中型客车 — medium bus.
        MediumBus = 9,
        /// 面包车 — van.
        Van = 10,
        /// 微型面包车 — mini van.
        MiniVan = 11,
        /// 货车 — truck.
        Truck = 12,
        /// 中型货车 — medium truck.
        MediumTruck = 13,
        /// 油罐车 — tanker.
        Tanker = 14,
        /// 吊车 — crane.
        Crane = 15,
        /// 渣土车 — muck truck.
        MuckTruck = 16,
        /// 小货车 — small truck.
        SmallTruck = 17,
        /// 皮卡 — pickup.
        Pickup = 18,
        /// 微卡 — mini truck.
        MiniTruck = 19,
        /// 两轮车 — two-wheeler.
        TwoWheeler = 20,
        /// 三轮车 — tricycle.
        Tricycle = 21,
        /// 挂车 — trailer.
        Trailer = 29,
        /// 小型车(大范围) — small vehicle (broad class).
        SmallVehicleBroad = 30,
        /// 大型车(大范围) — large vehicle (broad class).
        LargeVehicleBroad = 31,
        /// 自行车 — bicycle.
        Bicycle = 100,
        /// 电动车 — e-bike.
        EBike = 101,
        /// 摩托车 — motorcycle.
        Motorcycle = 102,
    }
}

client_core::int_enum! {
    /// 车身颜色 (vehicleColor) — vehicle body colour (数据字典 1.10.14).
    pub enum VehicleColor {
        /// 白色 — white.
        White = 0,
        /// 红色 — red.
        Red = 1,
        /// 黄色 — yellow.
        Yellow = 2,
        /// 绿色 — green.
        Green = 5,
        /// 紫色 — purple.
        Purple = 7,
        /// 粉色 — pink.
        Pink = 8,
        /// 黑色 — black.
        Black = 9,
        /// 橙色 — orange.
        Orange = 10,
        /// 银色 — silver.
        Silver = 11,
        /// 香槟色 — champagne.
        Champagne = 12,
        /// 灰色 — gray.
        Gray = 13,
        /// 蓝色 — blue.
        Blue = 15,
        /// 青色 — cyan.
        Cyan = 21,
        /// 棕色 — brown.
        Brown = 29,
        /// 深蓝 — dark blue.
        DarkBlue = 32,
        /// 彩色 — multicolour.
        Multicolor = 40,
        /// 未知 — unknown (the seed's code 99).
        Unspecified = 99,
    }
}

client_core::int_enum! {
    /// 车辆专项作业 (specialOperation) — special-purpose vehicle (数据字典 1.10.16).
    pub enum SpecialOperation {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 混凝土搅拌机 — concrete mixer.
        ConcreteMixer = 7,
        /// 消防车 — fire engine.
        FireEngine = 8,
    }
}

client_core::int_enum! {
    /// 车牌类型 (vehicleTypeplateType) — recognised plate type (数据字典 1.10.17).
    pub enum PlateType {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 普通小车、私家车牌（蓝色、黑色） — ordinary small / private car (blue, black).
        OrdinarySmall = 1,
        /// 普通大车、卡车牌（黄色） — ordinary large vehicle / truck (yellow).
        OrdinaryLarge = 2,
        /// 警车牌（白色） — police (white).
        Police = 3,
        /// 武警车牌 — armed police.
        ArmedPolice = 4,
        /// 港澳车牌 — Hong Kong / Macau.
        HongKongMacau = 5,
        /// 双层黄牌 — double-row yellow.
        DoubleRowYellow = 6,
        /// 军牌 — military.
        Military = 7,
        /// 领使馆牌 — embassy / consulate.
        Embassy = 8,
        /// 电动自行车车牌 — e-bike.
        EBike = 9,
        /// 双层军牌 — double-row military.
        DoubleRowMilitary = 10,
        /// "学"车牌 — learner ("学").
        Learner = 11,
        /// 摩托车牌 — motorcycle.
        Motorcycle = 12,
        /// 临时车牌 — temporary.
        Temporary = 13,
        /// 农用车牌 — agricultural (tractor, 拖拉机).
        Agricultural = 14,
        /// 挂车车牌 — trailer.
        Trailer = 15,
        /// 新能源牌 — new energy.
        NewEnergy = 16,
        /// 运输车 — transport.
        Transport = 17,
        /// 商用车 — commercial.
        Commercial = 18,
        /// 教练车 — driving school.
        DrivingSchool = 19,
        /// 政府车 — government.
        Government = 20,
        /// 出租车 — taxi.
        Taxi = 21,
    }
}

client_core::int_enum! {
    /// 车牌颜色 (plateColor) — plate colour (数据字典 1.10.18). Vehicle base info sends
    /// free Chinese text instead (kept as `String` there).
    pub enum PlateColor {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 蓝色 — blue.
        Blue = 1,
        /// 黄色 — yellow.
        Yellow = 2,
        /// 白色 — white.
        White = 3,
        /// 黑色 — black.
        Black = 4,
        /// 绿色 — green.
        Green = 5,
        /// 渐变绿底黑字 — gradient green with black text.
        GradientGreen = 6,
        /// 黄绿双拼底黑字 — yellow-green split with black text.
        YellowGreen = 7,
    }
}

client_core::int_enum! {
    /// 车辆身份 (vehicleIdentityType) — vehicle identity (数据字典 1.10.19).
    pub enum VehicleIdentityType {
        /// 重点车辆 — key vehicle.
        Key = 1,
        /// 员工车辆 — employee vehicle.
        Employee = 2,
        /// 访客车辆 — visitor vehicle.
        Visitor = 3,
        /// 陌生车辆 — stranger vehicle.
        Stranger = 4,
        /// 已知车辆 — known vehicle.
        Known = 5,
    }
}

client_core::int_enum! {
    /// 车辆功能用车 (vehicleFunctional) — functional vehicle (数据字典 1.10.20).
    pub enum VehicleFunctional {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 挖掘机 — excavator.
        Excavator = 1,
        /// 渣土车 — muck truck.
        MuckTruck = 2,
        /// 校车 — school bus.
        SchoolBus = 3,
        /// 救护车 — ambulance.
        Ambulance = 4,
        /// 警车 — police car.
        PoliceCar = 5,
        /// 集装箱车 — container truck.
        ContainerTruck = 6,
    }
}

client_core::int_enum! {
    /// 车牌基础类型 (basicsPlateType, plateType) — plate type of a registered vehicle
    /// (数据字典 1.10.21).
    pub enum BasicsPlateType {
        /// 标准民用车与军用车 — standard civil and military.
        Standard = 1,
        /// 006车 — "006" vehicle.
        Plate006 = 2,
        /// 警车 — police.
        Police = 3,
        /// 军用车双行尾牌 — military double-row rear plate.
        MilitaryDoubleRow = 4,
        /// 使馆车 — embassy.
        Embassy = 5,
        /// 农用车 — agricultural.
        Agricultural = 6,
        /// 摩托车 — motorcycle.
        Motorcycle = 7,
        /// 新能源车 — new energy.
        NewEnergy = 8,
    }
}

client_core::int_enum! {
    /// 基础车辆类型 (basicsVehicleType, vehicleType) — type of a registered vehicle
    /// (数据字典 1.10.22).
    pub enum BasicsVehicleType {
        /// 小型车 — small vehicle.
        Small = 1,
        /// 大型车 — large vehicle.
        Large = 2,
        /// 摩托车 — motorcycle.
        Motorcycle = 3,
        /// 其他车 — other.
        Other = 4,
    }
}

client_core::int_enum! {
    /// 车辆&结构化布控类型 (ruleType) — control-rule kind (数据字典 1.10.23).
    pub enum StructureRuleType {
        /// 结构化布控 — structured control.
        Structured = 1,
        /// 车辆布控 — vehicle control.
        Vehicle = 2,
    }
}

client_core::int_enum! {
    /// 口罩状态 (maskStatus) — mask (数据字典 1.10.24).
    pub enum MaskStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 无口罩 — no mask.
        NoMask = 1,
        /// 有口罩 — mask.
        Mask = 2,
    }
}

client_core::int_enum! {
    /// 眼镜状态 (glassesStatus) — glasses (数据字典 1.10.25).
    pub enum GlassesStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 无眼镜 — no glasses.
        NoGlasses = 1,
        /// 有眼镜 — glasses.
        Glasses = 2,
    }
}

client_core::int_enum! {
    /// A body behaviour flag: 人体跌倒状态 (fallStatus, 1.10.26), 人体奔跑状态
    /// (runStatus, 1.10.27), 人体抽烟状态 (smokeStatus, 1.10.28), 人体看手机状态
    /// (watchPhoneStatus, 1.10.29), 人体打电话状态 (usePhoneStatus, 1.10.30); also the
    /// inline 雨伞状态 (umbrellaStatus). All share 0 unknown / 1 no / 2 yes.
    pub enum BehaviorStatus {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 未… — not doing it (未跌倒 / 未奔跑 / 未抽烟 / 未看手机 / 未打电话 / 无雨伞).
        No = 1,
        /// 跌倒 / 奔跑 / 抽烟 / 看手机 / 打电话 / 有雨伞 — doing it.
        Yes = 2,
    }
}

// ---------------------------------------------------------------- 1.11 警戒

client_core::int_enum! {
    /// 警戒类型 (alarmType) — alert type (数据字典 1.11.1).
    pub enum AlertType {
        /// 人员越界 — person line crossing.
        PersonLineCrossing = 1,
        /// 人员入侵 — person intrusion.
        PersonIntrusion = 2,
        /// 车辆越界 — vehicle line crossing.
        VehicleLineCrossing = 3,
        /// 车辆禁停 — vehicle no-parking.
        VehicleNoParking = 4,
        /// 人员越界-翻墙检测 — line crossing: wall climbing.
        WallClimbing = 5,
        /// 人员徘徊 — loitering.
        Loitering = 6,
        /// 机动车离开 — motor vehicle leaving.
        MotorVehicleLeaving = 7,
        /// 非机动车离开 — non-motor vehicle leaving.
        NonMotorVehicleLeaving = 8,
        /// 人员值岗/离岗-离岗 — on duty: off post.
        OffPost = 10,
        /// 人员值岗/离岗-超员 — on duty: overstaffed.
        Overstaffed = 11,
        /// 人员值岗/离岗-少员 — on duty: understaffed.
        Understaffed = 12,
        /// 人员奔跑 — running.
        Running = 13,
        /// 摔倒检测 — fall.
        Fall = 14,
        /// 人员扭打 — fighting.
        Fighting = 15,
        /// 抽烟检测 — smoking.
        Smoking = 16,
        /// 看手机 — looking at a phone.
        WatchingPhone = 17,
        /// 接打电话 — phone call.
        PhoneCall = 18,
        /// 人员聚众 — crowd gathering.
        CrowdGathering = 19,
        /// 防碰撞预警 — anti-collision warning.
        AntiCollision = 20,
        /// 车辆逆行 — wrong-way driving.
        WrongWay = 21,
        /// 睡岗检测 — sleeping on duty.
        SleepingOnDuty = 22,
        /// 机动车越界 — motor vehicle line crossing.
        MotorVehicleLineCrossing = 31,
        /// 非机动车越界 — non-motor vehicle line crossing.
        NonMotorVehicleLineCrossing = 32,
        /// 机动车禁停 — motor vehicle no-parking.
        MotorVehicleNoParking = 41,
        /// 非机动车禁停 — non-motor vehicle no-parking.
        NonMotorVehicleNoParking = 42,
    }
}

client_core::int_enum! {
    /// 警戒相机类型 (alarmControlType) — alert source (inline in the area-alert tables
    /// and the busiType 3 push: "1-警戒机，2-警戒算法仓").
    pub enum AlarmControlType {
        /// 警戒机 — alert camera.
        AlertCamera = 1,
        /// 警戒算法仓 — alert algorithm box.
        AlgorithmBox = 2,
    }
}

// ---------------------------------------------------------------- 1.12 事件

client_core::int_enum! {
    /// 事件等级 (eventLevelId) — event level (数据字典 1.12.1).
    pub enum EventLevel {
        /// 高 — high.
        High = 1,
        /// 中 — medium.
        Medium = 2,
        /// 低 — low.
        Low = 3,
    }
}

client_core::int_enum! {
    /// 事件状态 (status) — event handling state (数据字典 1.12.2).
    pub enum EventStatus {
        /// 未处理 — unhandled.
        Unhandled = 0,
        /// 已处理 — handled.
        Handled = 1,
    }
}

client_core::int_enum! {
    /// 订阅业务类型 (busiType) — business-data push type (数据字典 1.12.3). The push
    /// envelope types it as a string ("5"); both forms decode.
    pub enum BusiType {
        /// 安防识别记录 — security (face) recognition record.
        SecurityRecognition = 1,
        /// 车辆识别记录 — vehicle recognition record.
        VehicleRecognition = 2,
        /// 警戒记录 — alert record.
        Alert = 3,
        /// 通行记录 — pass record.
        Pass = 5,
        /// 结构化全属性识别记录 — structured full-attribute record.
        Structured = 12,
    }
}

// ---------------------------------------------------------------- inline, shared

client_core::int_enum! {
    /// 识别人员类型 (recognitionType) — who was recognised in a pass record (inline in
    /// pass-record list and the pass callback). 4 is 陌生人 (stranger) in the list table
    /// and 无权限人员 (person without permission) in callbacks since 1.0.6.
    pub enum RecognitionType {
        /// 员工 — employee.
        Employee = 1,
        /// 普通访客 — (normal) visitor.
        Visitor = 2,
        /// 重点人员（黑名单） — key person (blacklist).
        KeyPerson = 3,
        /// 陌生人 / 无权限人员 — stranger / person without permission.
        StrangerOrNoPermission = 4,
        /// 未识别 — not recognised.
        Unrecognized = 5,
        /// VIP访客 — VIP visitor.
        VipVisitor = 6,
    }
}

client_core::int_enum! {
    /// 通行类型 (passType) — whether the person passed (inline, pass records).
    pub enum PassType {
        /// 未通行 — not passed.
        NotPassed = 0,
        /// 通行 — passed.
        Passed = 1,
        /// 复合认证未通过 — composite authentication failed.
        CompositeAuthFailed = 2,
    }
}

client_core::int_enum! {
    /// 活体结果 (livenessType) — liveness result (inline, pass records).
    pub enum LivenessType {
        /// 非活体 — not live.
        NotLive = 0,
        /// 活体 — live.
        Live = 1,
        /// 未知 — unknown.
        Unspecified = 2,
    }
}

client_core::int_enum! {
    /// 口罩状态 (maskType) — mask state in pass records (inline; not the structured
    /// `maskStatus`).
    pub enum MaskType {
        /// 未检测 / 未知 — not detected.
        NotDetected = 0,
        /// 已佩戴 / 戴口罩 — worn.
        Worn = 1,
        /// 未佩戴 — not worn.
        NotWorn = 2,
    }
}

client_core::int_enum! {
    /// 人体高温状态 (temperatureType) — body temperature state (inline, pass records).
    pub enum TemperatureType {
        /// 未检测 — not detected.
        NotDetected = 0,
        /// 正常 — normal.
        Normal = 1,
        /// 高温 — high temperature.
        High = 2,
    }
}

client_core::int_enum! {
    /// 健康码状态 (healthyState) — health-code colour (inline, pass records).
    pub enum HealthyState {
        /// 绿码 — green.
        Green = 0,
        /// 黄码 — yellow.
        Yellow = 1,
        /// 红码 — red.
        Red = 2,
        /// 未知 — unknown.
        Unspecified = 3,
        /// 超时 — timeout.
        Timeout = 4,
    }
}

client_core::int_enum! {
    /// 组织类型 (orgType) — organisation kind (inline, pass callback).
    pub enum OrgType {
        /// 非顶层组织 — not a top-level organisation.
        NonTop = 1,
        /// 区域顶层组织 — area top-level organisation.
        AreaTop = 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_enums_keep_unknown_values_and_accept_strings() {
        assert_eq!(DeviceModel::from_code(57), DeviceModel::MegCubeB4h16_311);
        assert_eq!(DeviceModel::from_code(35), DeviceModel::Unknown(35));
        assert_eq!(
            DeviceModel::MegBoxB3r1012H1.model_name(),
            Some("MegBox-B3R-1012(H1)")
        );
        let b: BusiType = serde_json::from_str("\"12\"").unwrap();
        assert_eq!(b, BusiType::Structured);
        assert_eq!(serde_json::to_string(&b).unwrap(), "12");
        let w: WeekDay = serde_json::from_str("\"SUNDAY\"").unwrap();
        assert_eq!(w, WeekDay::Sunday);
    }

    #[test]
    fn vehicle_brand_table_matches_the_seed() {
        assert_eq!(VEHICLE_BRANDS.len(), 133);
        assert_eq!(vehicle_brand_name(0), Some("其它"));
        assert_eq!(vehicle_brand_name(142), Some("凯马"));
        assert_eq!(vehicle_brand_name(139), Some("红岩汽车(上汽依维柯红岩)"));
        assert!(VEHICLE_BRANDS.contains(&(139, "凯翼")));
        assert_eq!(vehicle_brand_name(111), None);
    }
}
