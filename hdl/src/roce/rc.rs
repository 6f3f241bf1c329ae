//! Reliable-connected transport facts shared by the RTL, the models and the docs: PSN arithmetic,
//! AETH syndromes, and what the responder decides about each request (its outcome codes).

/// PSNs are 24 bits and wrap.
pub const PSN_BITS: usize = 24;
pub const PSN_MASK: u32 = (1 << PSN_BITS) - 1;
/// A PSN less than this far ahead of the expected one is "ahead"; further is "behind" (IBA 9.7.5).
pub const PSN_HALF: u32 = 1 << (PSN_BITS - 1);

/// AETH syndromes (IBA 9.7.5.2.x; DESIGN.md §4).
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
    let (starts, ends) = match opcode {
        0x00 => (true, false),                // SEND First
        0x01 => (false, false),               // SEND Middle
        0x02 | 0x03 | 0x16 => (false, true),  // SEND Last, Last with Immediate, Last with Invalidate
        0x04 | 0x05 | 0x17 => (true, true),   // SEND Only, Only with Immediate, Only with Invalidate
        _ => return None,
    };
    Some(SendPosition { starts, ends })
}
