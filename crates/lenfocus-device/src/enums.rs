//! Every enumeration of the seed, as open enums (unknown values are kept).

client_core::int_enum! {
    /// 错误码 — result code of every WebSocket reply and HTTP response (四、错误码).
    ///
    /// The seed's table lists 200 as success, but the examples of 1.7–1.16 answer `0`:
    /// both are success (see [`ResultCode::is_success`]).
    pub enum ResultCode {
        /// 成功 — success, as listed in the error-code table (四).
        Ok = 200,
        /// Success as the examples of 1.7–1.16 write it (`"code": 0`).
        OkZero = 0,
        /// 没有访问权限，需要进行身份认证 — no access, authentication needed (token
        /// missing, invalid or expired).
        Unauthorized = 401,
        /// 访问的路径不存在 — the path (uri) does not exist. This SDK also answers it
        /// for server commands the device does not support.
        NotFound = 404,
        /// 参数异常 — invalid parameters.
        InvalidParam = 420,
        /// 设备未注册 — device not registered (empty `did`, or a factory reset).
        NotRegistered = 421,
        /// 无效的AppId — invalid AppId.
        InvalidAppId = 422,
        /// 签名校验错误 — signature verification failed.
        BadSignature = 423,
        /// 事件类型异常 — invalid event type.
        InvalidEventType = 424,
        /// 客户端版本过低 — client version too old.
        ClientTooOld = 425,
        /// 请求的资源不存在 — the requested resource does not exist.
        ResourceNotFound = 426,
    }
}

impl ResultCode {
    /// `true` for `200` and `0` (both mean success in the seed).
    pub fn is_success(&self) -> bool {
        matches!(self, ResultCode::Ok | ResultCode::OkZero)
    }

    /// The seed's Chinese description of the code (四、错误码), if documented.
    pub fn description(&self) -> Option<&'static str> {
        Some(match self {
            ResultCode::Ok | ResultCode::OkZero => "成功",
            ResultCode::Unauthorized => "没有访问权限，需要进行身份认证",
            ResultCode::NotFound => "访问的路径不存在",
            ResultCode::InvalidParam => "参数异常",
            ResultCode::NotRegistered => "设备未注册",
            ResultCode::InvalidAppId => "无效的AppId",
            ResultCode::BadSignature => "签名校验错误",
            ResultCode::InvalidEventType => "事件类型异常",
            ResultCode::ClientTooOld => "客户端版本过低",
            ResultCode::ResourceNotFound => "请求的资源不存在",
            ResultCode::Unknown(_) => return None,
        })
    }
}

impl client_core::VendorCode for ResultCode {
    const PLATFORM: &'static str = "Lenfocus";

    fn from_code(code: i64) -> Self {
        ResultCode::from_code(code)
    }

    fn code(&self) -> i64 {
        ResultCode::code(self)
    }
}

impl std::fmt::Display for ResultCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.description() {
            Some(d) => write!(f, "{} ({d})", self.code()),
            None => write!(f, "{}", self.code()),
        }
    }
}

client_core::int_enum! {
    /// 人员类别 — person category (1.12–1.14 `category`).
    pub enum PersonCategory {
        /// 白名单 — allow list.
        White = 1,
        /// 黑名单 — block list.
        Black = 2,
        /// VIP.
        Vip = 3,
        /// 访客 — visitor ("friend" in the 1.5 audio flags).
        Visitor = 4,
    }
}

client_core::int_enum! {
    /// 性别 — gender (1.10, 1.12–1.14, 2.1 `gender`: 1-男 2-女).
    pub enum Gender {
        /// 男 — male.
        Male = 1,
        /// 女 — female.
        Female = 2,
    }
}

client_core::int_enum! {
    /// 录像策略 — recording strategy when the storage is full (1.6 `strategy`).
    pub enum RecordStrategy {
        /// 循环覆盖 — overwrite the oldest recordings (loop).
        Overwrite = 0,
        /// 录满停止 — stop recording when full.
        StopWhenFull = 1,
    }
}

client_core::int_enum! {
    /// 事件类型 — event (alarm) type of 2.4 上报告警信息 `type`.
    pub enum EventType {
        /// 移动侦测报警 — motion detection.
        MotionDetection = 1,
        /// 智能分析报警:区域入侵或绊线检测报警 — intrusion or tripwire.
        Intrusion = 2,
        /// 智能分析报警:视频遮挡报警 — video tampering (occlusion).
        VideoOcclusion = 3,
        /// 智能分析报警:婴儿啼哭报警 — baby crying.
        BabyCrying = 4,
        /// 智能分析报警:人员聚集检测报警 — crowd gathering.
        CrowdGathering = 5,
        /// 智能分析报警:人员徘徊检测报警 — loitering.
        Loitering = 6,
        /// 智能分析报警:快速移动报警 — fast movement.
        FastMovement = 7,
        /// 火焰报警 — fire (flame).
        Fire = 8,
        /// 智能分析报警:音量陡升报警 — sudden rise of sound volume.
        VolumeRise = 9,
        /// 智能分析报警:环境噪声陡降报警 — sudden drop of ambient noise.
        NoiseDrop = 10,
        /// 人形检测实时抓拍 — human-shape detection, real-time capture.
        HumanCapture = 11,
        /// 关注人员(黑白名单)检测 — watched person (allow/block list) detected.
        WatchedPerson = 12,
        /// 离岗检测报警 — absence from post.
        OffPost = 13,
        /// 体温检测报警 — body temperature alarm.
        BodyTemperature = 14,
    }
}

client_core::int_enum! {
    /// 车辆类型 — vehicle type (2.5 `data.type`; the seed has no value 14).
    pub enum VehicleType {
        /// 未知 — unknown.
        Unspecified = 0,
        /// 轿车 — car.
        Car = 1,
        /// 货车 — truck.
        Truck = 2,
        /// 面包车 — van.
        Van = 3,
        /// 客车 — bus (coach).
        Bus = 4,
        /// 小货车 — small truck.
        SmallTruck = 5,
        /// SUV.
        Suv = 6,
        /// 中型客车 — medium bus.
        MediumBus = 7,
        /// 摩托车 — motorcycle.
        Motorcycle = 8,
        /// 行人 — pedestrian.
        Pedestrian = 9,
        /// 校车 — school bus.
        SchoolBus = 10,
        /// 泥头车-渣土车 — muck truck (dump truck).
        MuckTruck = 11,
        /// 高危车 — hazardous-goods vehicle.
        Hazardous = 12,
        /// 骑行人 — cyclist.
        Cyclist = 13,
        /// 微型轿车 — mini car.
        MiniCar = 15,
        /// 小型轿车 — small car.
        SmallCar = 16,
        /// 紧凑型轿车 — compact car.
        CompactCar = 17,
        /// 两厢轿车 — hatchback.
        Hatchback = 18,
        /// 三厢轿车 — sedan.
        Sedan = 19,
        /// 轻客 — light bus.
        LightBus = 20,
        /// 小型SUV — small SUV.
        SmallSuv = 21,
        /// 紧凑型SUV — compact SUV.
        CompactSuv = 22,
        /// 中型SUV — mid-size SUV.
        MidSuv = 23,
        /// 中大型SUV — mid-to-large SUV.
        MidLargeSuv = 24,
        /// 大型SUV — large SUV.
        LargeSuv = 25,
        /// 微型面包车 — mini van.
        MiniVan = 26,
        /// MPV.
        Mpv = 27,
        /// 轿跑 — coupé.
        Coupe = 28,
        /// 微卡 — mini truck.
        MiniTruck = 29,
        /// 皮卡 — pickup.
        Pickup = 30,
        /// 中卡 — medium truck.
        MediumTruck = 31,
        /// 轻卡 — light truck.
        LightTruck = 32,
        /// 重卡 — heavy truck.
        HeavyTruck = 33,
        /// 出租车 — taxi.
        Taxi = 34,
        /// 油罐车 — tanker.
        Tanker = 35,
        /// 吊车 — crane.
        Crane = 36,
    }
}

client_core::int_enum! {
    /// 车牌类型 — licence plate type (2.5 `plate.plate_type`; the seed has no value 12).
    pub enum PlateType {
        /// 未知类型 — unknown.
        Unspecified = 0,
        /// 普通蓝牌 — ordinary blue plate.
        Blue = 1,
        /// 普通黑牌 — ordinary black plate.
        Black = 2,
        /// 普通单层黄牌 — single-row yellow plate.
        Yellow = 3,
        /// 双层黄牌 — double-row yellow plate.
        YellowDouble = 4,
        /// 白色警牌 — white police plate.
        Police = 5,
        /// 白色武警 — white armed-police plate.
        ArmedPolice = 6,
        /// 双层白色武警 — double-row white armed-police plate.
        ArmedPoliceDouble = 7,
        /// 单层军牌 — single-row military plate.
        Military = 8,
        /// 双层军牌 — double-row military plate.
        MilitaryDouble = 9,
        /// 领使馆牌 — embassy / consulate plate.
        Embassy = 10,
        /// 港牌 — Hong Kong plate.
        HongKong = 11,
        /// 澳门牌 — Macau plate.
        Macau = 13,
        /// 农用车牌 拖拉机 — agricultural vehicle (tractor) plate.
        Agricultural = 14,
        /// 厂内牌 — in-factory plate.
        Factory = 15,
        /// 个性化车牌 — personalised plate.
        Personalised = 16,
        /// 新能源牌 — new-energy vehicle plate.
        NewEnergy = 17,
        /// 其他类型 — other.
        Other = 18,
    }
}

client_core::int_enum! {
    /// 文件类型 — OTA component type (2.3 `componentList[].type`).
    pub enum ComponentType {
        /// 描述文件 — description file.
        Description = 1,
        /// 固件 — firmware.
        Firmware = 2,
        /// App — application.
        App = 3,
        /// 模型文件 — model file.
        Model = 4,
        /// License — licence file.
        License = 5,
    }
}
