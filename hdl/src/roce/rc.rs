//! Reliable-connected transport facts shared by the RTL, the models and the docs: PSN arithmetic,
//! AETH syndromes, opcodes by their place in a message, the AckReq policy, and the codes the
//! responder (outcomes) and the requester (work request kinds, completion statuses, counters) use.

/// PSNs are 24 bits and wrap.
pub const PSN_BITS: usize = 24;
pub const PSN_MASK: u32 = (1 << PSN_BITS) - 1;
/// A PSN less than this far ahead of the expected one is "ahead"; further is "behind" (IBA 9.7.5).
pub const PSN_HALF: u32 = 1 << (PSN_BITS - 1);

/// AETH syndromes (IBA 9.7.5.2.x; docs/rc-transport.md).
pub const SYNDROME_ACK: u8 = 0x1F;
/// RNR NAK: 001 in the top bits, the RNR timer code in the low five.
pub const SYNDROME_RNR: u8 = 0x20;
pub const SYNDROME_NAK_PSN_SEQUENCE: u8 = 0x60;
pub const SYNDROME_NAK_INVALID_REQUEST: u8 = 0x61;
pub const SYNDROME_NAK_REMOTE_ACCESS: u8 = 0x62;
pub const SYNDROME_NAK_REMOTE_OPERATIONAL: u8 = 0x63;

/// Where `psn` lies relative to `expected`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum PsnPlace {
    Expected,
    /// 1 … 2^23 − 1 ahead: packets in between were lost (or reordered).
    Ahead,
    /// Otherwise: a packet already received (a retransmission or a duplicate).
    Behind,
}

pub fn psn_place(psn: u32, expected: u32) -> PsnPlace {
    match psn.wrapping_sub(expected) & PSN_MASK {
        0 => PsnPlace::Expected,
        d if d < PSN_HALF => PsnPlace::Ahead,
        _ => PsnPlace::Behind,
    }
}

pub fn psn_add(psn: u32, n: u32) -> u32 {
    psn.wrapping_add(n) & PSN_MASK
}

/// What the responder did with one request packet: the `verdict_outcome` code, one counter each.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResponderOutcome {
    /// In sequence: delivered, and ACKed (AckReq set, or the message ends).
    AcceptedAcked = 0,
    /// In sequence: delivered; its ACK is coalesced into a later one.
    AcceptedCoalesced = 1,
    /// Behind the expected PSN: not delivered again; re-ACKed (PSN = expected − 1).
    Duplicate = 2,
    /// Ahead of the expected PSN: dropped; the first of a gap sends NAK "PSN sequence error".
    OutOfSequenceNak = 3,
    /// Ahead, with the gap's NAK already sent: dropped silently.
    OutOfSequenceSilent = 4,
    /// A message start the consumer cannot take: RNR NAK, not delivered, expected PSN kept.
    ReceiverNotReady = 5,
    /// In sequence but not a request this responder serves (not a SEND, or a First/Only inside a
    /// message, a Middle/Last outside one): NAK "invalid request", not delivered.
    InvalidRequest = 6,
}

impl ResponderOutcome {
    pub const ALL: [ResponderOutcome; 7] = [
        ResponderOutcome::AcceptedAcked,
        ResponderOutcome::AcceptedCoalesced,
        ResponderOutcome::Duplicate,
        ResponderOutcome::OutOfSequenceNak,
        ResponderOutcome::OutOfSequenceSilent,
        ResponderOutcome::ReceiverNotReady,
        ResponderOutcome::InvalidRequest,
    ];

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.iter().copied().find(|o| o.code() == code)
    }

    /// The name counters and JSON use.
    pub fn name(self) -> &'static str {
        match self {
            ResponderOutcome::AcceptedAcked => "accepted_acked",
            ResponderOutcome::AcceptedCoalesced => "accepted_coalesced",
            ResponderOutcome::Duplicate => "duplicate",
            ResponderOutcome::OutOfSequenceNak => "out_of_sequence_nak",
            ResponderOutcome::OutOfSequenceSilent => "out_of_sequence_silent",
            ResponderOutcome::ReceiverNotReady => "receiver_not_ready",
            ResponderOutcome::InvalidRequest => "invalid_request",
        }
    }

    pub fn delivers(self) -> bool {
        matches!(self, ResponderOutcome::AcceptedAcked | ResponderOutcome::AcceptedCoalesced)
    }
}

/// How a request opcode moves the responder's message state. `None`: not a request the
/// responder serves (hosts send the NIC SENDs only: NVMe-oF capsules).
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct SendPosition {
    /// First or Only: must arrive outside a message.
    pub starts: bool,
    /// Last or Only: ends the message (MSN + 1, always ACKed).
    pub ends: bool,
}

pub fn send_position(opcode: u8) -> Option<SendPosition> {
    request_position(opcode).filter(|_| opcode <= 0x05 || opcode == 0x16 || opcode == 0x17)
}

/// [`send_position`] for SENDs and RDMA WRITEs: what a host's responder serves of the NIC's requests.
pub fn request_position(opcode: u8) -> Option<SendPosition> {
    let (starts, ends) = match opcode {
        0x00 => (true, false),                // SEND First
        0x01 => (false, false),               // SEND Middle
        0x02 | 0x03 | 0x16 => (false, true),  // SEND Last, Last with Immediate, Last with Invalidate
        0x04 | 0x05 | 0x17 => (true, true),   // SEND Only, Only with Immediate, Only with Invalidate
        0x06 => (true, false),                // RDMA WRITE First
        0x07 => (false, false),               // RDMA WRITE Middle
        0x08 | 0x09 => (false, true),         // RDMA WRITE Last, Last with Immediate
        0x0A | 0x0B => (true, true),          // RDMA WRITE Only, Only with Immediate
        _ => return None,
    };
    Some(SendPosition { starts, ends })
}

/// What a work request asks the requester to send (the `wr_kind` code).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash)]
pub enum WrKind {
    Send = 0,
    /// SEND whose Last/Only packet carries an IETH (the R_Key to invalidate).
    SendInvalidate = 1,
    Write = 2,
    /// RDMA READ: one READ Request; the responses' data comes back on the read data stream.
    Read = 3,
}

impl WrKind {
    pub const ALL: [WrKind; 4] = [WrKind::Send, WrKind::SendInvalidate, WrKind::Write, WrKind::Read];

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.code() == code)
    }
}

/// The opcode of a message's packet from its place in the message (IBA 9.2: First / Middle /
/// Last / Only).
pub fn request_opcode(kind: WrKind, first: bool, last: bool) -> u8 {
    match (kind, first, last) {
        (WrKind::Send, true, true) => 0x04,
        (WrKind::Send | WrKind::SendInvalidate, true, false) => 0x00,
        (WrKind::Send | WrKind::SendInvalidate, false, false) => 0x01,
        (WrKind::Send, false, true) => 0x02,
        (WrKind::SendInvalidate, true, true) => 0x17,
        (WrKind::SendInvalidate, false, true) => 0x16,
        (WrKind::Write, true, true) => 0x0A,
        (WrKind::Write, true, false) => 0x06,
        (WrKind::Write, false, false) => 0x07,
        (WrKind::Write, false, true) => 0x08,
        (WrKind::Read, _, _) => 0x0C,
    }
}

/// The requester asks for an ACK on a message's last packet and on every packet whose PSN is
/// 7 mod 8, so a long message keeps the retransmission timer fed (responders coalesce the rest).
pub const ACK_REQ_PSN_MASK: u32 = 7;

pub fn ack_requested(psn: u32, last: bool) -> bool {
    last || psn & ACK_REQ_PSN_MASK == ACK_REQ_PSN_MASK
}

/// READ Response opcodes by place (IBA 9.2): AETH on First, Last and Only.
pub const READ_RESPONSE_FIRST: u8 = 0x0D;
pub const READ_RESPONSE_MIDDLE: u8 = 0x0E;
pub const READ_RESPONSE_LAST: u8 = 0x0F;
pub const READ_RESPONSE_ONLY: u8 = 0x10;

pub fn read_response_opcode(first: bool, last: bool) -> u8 {
    match (first, last) {
        (true, true) => READ_RESPONSE_ONLY,
        (true, false) => READ_RESPONSE_FIRST,
        (false, false) => READ_RESPONSE_MIDDLE,
        (false, true) => READ_RESPONSE_LAST,
    }
}

/// Packets a message of `length` bytes takes at a path MTU of `mtu` bytes (a zero-length message
/// is one packet).
pub fn packets_of(length: u32, mtu: u32) -> u32 {
    length.div_ceil(mtu).max(1)
}

/// How a work request ended (the `cpl_status` code).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CompletionStatus {
    /// Every packet acknowledged.
    Success = 0,
    /// The responder answered a NAK other than "PSN sequence error" or RNR (invalid request,
    /// remote access, remote operational), or a READ Response that does not fit its READ: the QP
    /// is in error.
    RemoteError = 1,
    /// No acknowledgement after the QP's retry limit of timeouts / NAKs: the QP is in error.
    RetryExceeded = 2,
    /// The payload stream disagreed with `wr_length`, or the length exceeds the replay ring: not sent.
    LocalLength = 3,
    /// The QP is in error or not set up: not sent.
    Flushed = 4,
}

impl CompletionStatus {
    pub const ALL: [CompletionStatus; 5] = [
        CompletionStatus::Success,
        CompletionStatus::RemoteError,
        CompletionStatus::RetryExceeded,
        CompletionStatus::LocalLength,
        CompletionStatus::Flushed,
    ];

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn from_code(code: u8) -> Option<Self> {
        Self::ALL.iter().copied().find(|s| s.code() == code)
    }
}

/// What the requester counts (the index in its counter bank).
#[derive(Copy, Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RequesterEvent {
    /// A packet sent for the first time.
    PacketSent = 0,
    /// A packet sent again (go-back-N).
    PacketResent = 1,
    Timeout = 2,
    SequenceNak = 3,
    RnrNak = 4,
    /// A fatal NAK: the QP went to error.
    RemoteError = 5,
    /// Retries exhausted: the QP went to error.
    RetryExceeded = 6,
    /// An ACK/NAK for no packet in flight (a duplicate or a late one): ignored.
    StaleAck = 7,
    /// A work request completed without being sent (`LocalLength` or `Flushed`).
    WrRefused = 8,
    /// A message fully acknowledged.
    MessageCompleted = 9,
}

impl RequesterEvent {
    pub const ALL: [RequesterEvent; 10] = [
        RequesterEvent::PacketSent,
        RequesterEvent::PacketResent,
        RequesterEvent::Timeout,
        RequesterEvent::SequenceNak,
        RequesterEvent::RnrNak,
        RequesterEvent::RemoteError,
        RequesterEvent::RetryExceeded,
        RequesterEvent::StaleAck,
        RequesterEvent::WrRefused,
        RequesterEvent::MessageCompleted,
    ];

    pub fn code(self) -> u8 {
        self as u8
    }

    pub fn name(self) -> &'static str {
        match self {
            RequesterEvent::PacketSent => "packets_sent",
            RequesterEvent::PacketResent => "packets_resent",
            RequesterEvent::Timeout => "timeouts",
            RequesterEvent::SequenceNak => "sequence_naks",
            RequesterEvent::RnrNak => "rnr_naks",
            RequesterEvent::RemoteError => "remote_errors",
            RequesterEvent::RetryExceeded => "retries_exceeded",
            RequesterEvent::StaleAck => "stale_acks",
            RequesterEvent::WrRefused => "wrs_refused",
            RequesterEvent::MessageCompleted => "messages_completed",
        }
    }
}
