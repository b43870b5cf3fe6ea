//! Every enumeration the seed documents, as open enums that keep unknown values
//! (`Unknown(i64)` / `Unknown(String)`), so a new vendor value never breaks decoding.
//!
//! Query filters whose "any" value is `-1` (不限) take `Option<Enum>`: `None` is sent as
//! `-1`.

client_core::int_enum! {
    /// 报警类型 — alarm type, `alarmType` (appendix A.2). Query value `-1` (不限) is
    /// expressed as `None` in the request structs.
    pub enum AlarmType {
        /// 1 自定义报警 — custom alarm.
        Custom = 1,
        /// 2 紧急按钮报警（sos）— emergency button (SOS).
        Sos = 2,
        /// 3 震动报警 — vibration.
        Vibration = 3,
        /// 4 摄像头无信号报警 — camera has no signal.
        CameraNoSignal = 4,
        /// 5 摄像头遮挡报警 — camera covered.
        CameraCovered = 5,
        /// 6 非法开门报警 — illegal door opening.
        IllegalDoorOpen = 6,
        /// 7 三次密码错误报警 — three wrong passwords.
        ThreeWrongPasswords = 7,
        /// 8 非法点火报警 — illegal ignition.
        IllegalIgnition = 8,
        /// 9 温度报警 — temperature.
        Temperature = 9,
        /// 10 存储卡错误报警 — storage card error.
        StorageCardError = 10,
        /// 11 超速报警 — over speed.
        OverSpeed = 11,
        /// 12 越界报警 — boundary crossing.
        OutOfBounds = 12,
        /// 15 移动侦测报警 — motion detection.
        MotionDetection = 15,
        /// 18 位置信号丢失报警 — position signal lost (seed: 位置信号丢失败报警).
        PositionSignalLost = 18,
        /// 19 IO 口报警 — IO port alarm (19~26), port 1.
        Io1 = 19,
        /// 20 IO 口报警 — IO port alarm, port 2.
        Io2 = 20,
        /// 21 IO 口报警 — IO port alarm, port 3.
        Io3 = 21,
        /// 22 IO 口报警 — IO port alarm, port 4.
        Io4 = 22,
        /// 23 IO 口报警 — IO port alarm, port 5.
        Io5 = 23,
        /// 24 IO 口报警 — IO port alarm, port 6.
        Io6 = 24,
        /// 25 IO 口报警 — IO port alarm, port 7.
        Io7 = 25,
        /// 26 IO 口报警 — IO port alarm, port 8.
        Io8 = 26,
        /// 27 进入区域报警 — entered an area.
        EnterArea = 27,
        /// 28 出区域报警 — left an area.
        LeaveArea = 28,
        /// 29 区域内超速报警 — over speed inside an area.
        OverSpeedInArea = 29,
        /// 30 区域外超速报警 — over speed outside an area.
        OverSpeedOutOfArea = 30,
        /// 35 火警 — fire.
        Fire = 35,
        /// 36 劫警 — robbery.
        Robbery = 36,
        /// 153 聚众报警 — crowd gathering.
        Crowd = 153,
        /// 201 跌落报警 — fall.
        Fall = 201,
        /// 202 脱帽报警 — helmet removed.
        HelmetOff = 202,
        /// 203 巡检紧急点报警 — patrol emergency point.
        PatrolEmergency = 203,
        /// 253 线路偏移报警 — route deviation.
        RouteDeviation = 253,
    }
}

impl AlarmType {
    /// `true` for the IO port alarms 19~26 (IO 口报警).
    pub fn is_io(&self) -> bool {
        (19..=26).contains(&self.code())
    }
}

client_core::int_enum! {
    /// 报警状态 — alarm status, `alarmStatus` / B.5 `status` (2.6.1).
    pub enum AlarmStatus {
        /// 0 无（无开始和结束标识）— no start/end flag.
        None = 0,
        /// 1 开始报警 — alarm started.
        Started = 1,
        /// 2 结束报警 — alarm ended.
        Ended = 2,
    }
}

client_core::int_enum! {
    /// 处置方式 — alarm handling type, `dealType` (2.6.2, B.5).
    pub enum DealType {
        /// 1 人工处置（固定）— manual handling (the only documented value).
        Manual = 1,
    }
}

client_core::int_enum! {
    /// 处置状态 — alarm handling status, `dealStatus` (2.6.2, B.5).
    pub enum DealStatus {
        /// 0 未处置 — not handled.
        Unhandled = 0,
        /// 1 正在处置 — being handled.
        Handling = 1,
        /// 2 已处置 — handled.
        Handled = 2,
        /// 3 忽略 — ignored.
        Ignored = 3,
    }
}

client_core::int_enum! {
    /// 设备类型 — device type, `deviceType` (B.3; typed String in B.3 and Int in
    /// 2.4.2, accepted as either).
    pub enum DeviceType {
        /// 1 视频终端 — video terminal.
        Video = 1,
        /// 2 调度台 — dispatch console.
        DispatchConsole = 2,
        /// 4 音频终端 — audio terminal.
        Audio = 4,
        /// 5 多通道视频终端 — multi-channel video terminal.
        MultiChannelVideo = 5,
        /// 11 国标视频终端 — GB28181 video terminal.
        Gb28181Video = 11,
        /// 21 定位器 — GPS locator.
        Locator = 21,
        /// 22 IOT 终端 — IoT terminal.
        Iot = 22,
    }
}

client_core::int_enum! {
    /// 组类型 — group type, `groupType` (B.2; 2.3.2 fixed groups, 2.8.1 dispatch groups).
    pub enum GroupType {
        /// 3 固定组 — fixed group.
        Fixed = 3,
        /// 4 集群对讲组 — push-to-talk group (dispatch).
        Intercom = 4,
        /// 5 视频会议组 — video conference group (dispatch).
        VideoConference = 5,
        /// 6 电话会议组 — telephone conference group (dispatch).
        PhoneConference = 6,
        /// 30 国标平台级联组 — GB28181 platform cascade group.
        Gb28181Cascade = 30,
    }
}

client_core::int_enum! {
    /// 在线状态 — cached online status (B.3 `status`, B.2.1 `status`).
    pub enum OnlineStatus {
        /// 0 离线 — offline.
        Offline = 0,
        /// 1 在线 — online.
        Online = 1,
    }
}

client_core::int_enum! {
    /// 上下线状态 — online record status (2.40.2 DevOnlineList `status`).
    pub enum OnlineEvent {
        /// 0 离线 — went offline.
        Offline = 0,
        /// 1 上线 — came online.
        Online = 1,
    }
}

client_core::int_enum! {
    /// 云台标记 — PTZ support of a channel, `ptz` (B.3.1).
    pub enum Ptz {
        /// 0 — no PTZ (any value other than 1).
        No = 0,
        /// 1 支持云台 — PTZ supported.
        Yes = 1,
    }
}

client_core::int_enum! {
    /// 订阅标记 — subscription flag of B.3.2 `subscribeStatus`/`subscribeGps`/
    /// `subscribeAlarm`: 2 订阅, other values 未订阅.
    pub enum Subscription {
        /// 0 — not subscribed (未订阅; any value other than 2 means the same).
        NotSubscribed = 0,
        /// 2 订阅 — subscribed.
        Subscribed = 2,
    }
}

impl Subscription {
    /// `true` only for 2 (订阅).
    pub fn is_subscribed(&self) -> bool {
        self.code() == 2
    }
}

client_core::int_enum! {
    /// 通道操作 — channel membership operation, `status` of a DevChnUpdate item (2.4.5).
    pub enum ChannelOp {
        /// 0 添加 — add the channel.
        Add = 0,
        /// 1 删除 — delete the channel.
        Delete = 1,
    }
}

client_core::int_enum! {
    /// 成员操作 — dispatch-group membership operation, `[].status` (2.8.5).
    pub enum MemberOp {
        /// 0 加入 — join.
        Join = 0,
        /// 1 移除 — remove.
        Remove = 1,
    }
}

client_core::int_enum! {
    /// 文件类型 — file type, `fType` (2.5.1, B.4). Query value `-1` (不限) is `None`.
    pub enum FileType {
        /// 0 其它 — other.
        Other = 0,
        /// 1 图片 — image.
        Image = 1,
        /// 2 音频 — audio.
        Audio = 2,
        /// 3 视频 — video.
        Video = 3,
    }
}

client_core::int_enum! {
    /// 文件标注 — file label, `lType` (2.5.1, 2.5.2, B.4). Query value `-1` (不限) is
    /// `None`.
    pub enum LabelType {
        /// 0 普通文件 — ordinary file.
        Normal = 0,
        /// 1 重点文件 — important file.
        Important = 1,
    }
}

client_core::int_enum! {
    /// 时间类型 — which time `st`/`et` filter on, `timeType` (2.5.1).
    pub enum TimeType {
        /// 0 拍摄时间 — capture time.
        Captured = 0,
        /// 1 上传时间 — upload time.
        Uploaded = 1,
    }
}

client_core::int_enum! {
    /// 存储类型 — storage type, `storeType` (B.4).
    pub enum StoreType {
        /// 0 默认(FTP 上传) — default (FTP upload).
        Ftp = 0,
        /// 1 OSS — object storage; `webUrl` is then a public URL (2.5.4).
        Oss = 1,
    }
}

client_core::int_enum! {
    /// 任务类型 — work order type, `taskType` (2.10.1). Query value `-1` (不限; printed
    /// "1-") is `None`.
    pub enum TaskType {
        /// 2 日常工单 — daily work order.
        Daily = 2,
        /// 20 电力工单（定制）— power-grid work order (custom).
        Power = 20,
        /// 22 维修工单（晋）— maintenance work order (Shanxi custom).
        Maintenance = 22,
    }
}

client_core::int_enum! {
    /// 工单状态 — work order status, `status` (2.10.1, 2.10.4). Query value `-1` (不限)
    /// is `None`.
    pub enum TaskStatus {
        /// 0 待处理 — pending.
        Pending = 0,
        /// 1 正在执行 — running.
        Running = 1,
        /// 2 已完成 — done.
        Done = 2,
    }
}

client_core::int_enum! {
    /// 围栏类型 — geofence type, `type` (2.9.1).
    pub enum GeofenceType {
        /// 0 电子围栏 — electronic fence.
        Fence = 0,
    }
}

client_core::int_enum! {
    /// 禁入禁出 — geofence rule, `inOrOut` (2.9.1).
    pub enum InOrOut {
        /// 0 未设置 — not set.
        NotSet = 0,
        /// 1 禁入 — entry forbidden.
        NoEntry = 1,
        /// 2 禁出 — exit forbidden.
        NoExit = 2,
    }
}

client_core::int_enum! {
    /// 围栏状态 — a device's state in a geofence, `status` (2.9.5).
    pub enum AccessStatus {
        /// 1 围栏中 — inside the fence.
        Inside = 1,
        /// 2 离开围栏 — left the fence.
        Left = 2,
    }
}

client_core::int_enum! {
    /// 网络类型 — network type, `netWorkType` (B.6; the seed gives no data type).
    pub enum NetworkType {
        /// 1 WIFI.
        Wifi = 1,
        /// 2 有线 — wired.
        Wired = 2,
        /// 3 3G/4G — cellular.
        Cellular = 3,
    }
}

client_core::int_enum! {
    /// 位置定位类型 — positioning type, `gpsType` (B.6; 1 and 2 are printed identically).
    pub enum GpsType {
        /// 0 位置/北斗 — satellite (GPS/BeiDou); accuracy usually < 10 m.
        Satellite = 0,
        /// 1 基站/网络定位 — cell/network positioning; accuracy usually > 40 m.
        Network = 1,
        /// 2 基站/网络定位 — cell/network positioning (second code printed by the seed).
        Network2 = 2,
    }
}

client_core::int_enum! {
    /// 设备树数据类型 — device-tree node type, `type` (2.40.1).
    pub enum TreeNodeType {
        /// 1 企业数据 — enterprise (data is B.1).
        Enterprise = 1,
        /// 2 组数据 — group (data is B.2).
        Group = 2,
        /// 3 设备数据 — device (data is B.3).
        Device = 3,
    }
}

client_core::int_enum! {
    /// 性别 — sex, `sex` (B.7).
    pub enum Sex {
        /// 0 未设置 — not set.
        NotSet = 0,
        /// 1 男 — male.
        Male = 1,
        /// 2 女 — female.
        Female = 2,
    }
}

client_core::int_enum! {
    /// 布防状态 — arming status of a face or plate record, `status` (B.7, B.9).
    pub enum ArmStatus {
        /// 0 未设防 — not armed.
        Disarmed = 0,
        /// 1 已设防 — armed.
        Armed = 1,
    }
}

client_core::int_enum! {
    /// 图片类型 — image encoding of the face services, `FaceType` (2.30.5–2.30.7).
    pub enum FaceImageType {
        /// 1 图片 Base64 编码 — Base64-encoded image (the only documented value).
        Base64 = 1,
    }
}

client_core::str_enum! {
    /// 车牌颜色 — licence plate colour, `licenseColor` (B.9).
    pub enum LicenseColor {
        /// blue 蓝色车牌 — blue plate.
        Blue = "blue",
        /// green 绿色车牌 — green plate.
        Green = "green",
        /// yellow 黄色车牌 — yellow plate.
        Yellow = "yellow",
        /// white 白色车牌 — white plate.
        White = "white",
        /// black 黑色车牌 — black plate.
        Black = "black",
    }
}

client_core::str_enum! {
    /// 质量等级 — face quality level, `*.qualityLevel` (B.8; only `High` is documented:
    /// every level `High` means good quality).
    pub enum QualityLevel {
        /// High — good.
        High = "High",
    }
}
