//! Controller link messages (docs/controller-link.md): the one definition of their layout, used by the HDL,
//! the controller and NIC models and docs/controller-link.md.
//!
//! A link is a 64-bit stream each way (byte 0 = bits 7:0, as on the host side) plus `link_up`.
//! A message is one header beat, then its payload beats; `tlast` on the last beat.
//!
//! ```text
//! header beat   byte 0 type · 1 flags · 2–3 QP index · 4–5 payload bytes · 6–7 tag (CID, WQE tag)
//! ```
//! Payloads (little-endian fields):
//! - `CMD`: the 64-byte SQE, then in-capsule data.
//! - `TAKEOVER`: controller ID (2), SQ head (2), outstanding count (2), 2 reserved. The
//!   outstanding commands follow as `CMD` messages flagged `REPLAY` (their capsules may carry
//!   in-capsule data, so they do not fit one message); a replayed command does not advance the
//!   SQ head (the failed controller already consumed it).
//! - `READ_DATA`: host bytes an RDMA READ returned; tag = the WQE's tag. One message per READ
//!   Response packet (at most the path MTU), in order; flag `LAST` on the READ's final one. The
//!   NIC passes the responses through as they come — READs of different QPs interleave — so it
//!   never buffers a READ, and a READ of any size fits the 16-bit length.
//! - `FENCE`: none. The controller drops every command it holds and answers `FENCE_ACK`; until
//!   that answer the NIC discards everything it sends (what was already on the wire).
//! - `WQE`: a 24-byte descriptor — op (1), 3 reserved, length (4), VA (8), R_Key (4), invalidate
//!   R_Key (4) — then, for WRITE and SEND, `length` bytes of data.
//! - `TAKEOVER_ACK`: none (QP in the header). `FENCE_ACK`: none. `HEARTBEAT`: none.

/// Message types, NIC → controller below 0x80, controller → NIC from 0x80.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum MessageType {
    Command = 0x01,
    Takeover = 0x02,
    ReadData = 0x03,
    Fence = 0x04,
    Wqe = 0x81,
    TakeoverAck = 0x82,
    Heartbeat = 0x83,
    FenceAck = 0x84,
}

/// Header flag of a `CMD` replayed on a takeover.
pub const FLAG_REPLAY: u8 = 0x01;
/// Header flag of the `READ_DATA` message that ends its READ.
pub const FLAG_LAST: u8 = 0x02;

impl MessageType {
    pub fn from_code(code: u8) -> Option<MessageType> {
        use MessageType::*;
        [Command, Takeover, ReadData, Fence, Wqe, TakeoverAck, Heartbeat, FenceAck].into_iter().find(|t| *t as u8 == code)
    }
}

/// What a WQE asks the NIC to do toward the host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum WqeOp {
    /// RDMA WRITE `length` bytes (that follow) to the host's VA/R_Key.
    Write = 1,
    /// SEND the bytes that follow (a CQE).
    Send = 2,
    /// SEND with Invalidate of `invalidate_rkey`.
    SendInvalidate = 3,
    /// RDMA READ `length` bytes from the host's VA/R_Key; the data comes back as `READ_DATA`.
    Read = 4,
}

impl WqeOp {
    pub fn from_code(code: u8) -> Option<WqeOp> {
        use WqeOp::*;
        [Write, Send, SendInvalidate, Read].into_iter().find(|o| *o as u8 == code)
    }
}

pub const HEADER_BYTES: usize = 8;
pub const WQE_DESCRIPTOR_BYTES: usize = 24;
pub const SQE_BYTES: usize = 64;
pub const TAKEOVER_BYTES: usize = 8;

/// A `TAKEOVER`'s payload: the QP's NVMe state the new controller continues from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Takeover {
    pub controller_id: u16,
    pub sq_head: u16,
    pub outstanding: u16,
}

impl Takeover {
    pub fn encode(&self) -> [u8; TAKEOVER_BYTES] {
        let mut b = [0u8; TAKEOVER_BYTES];
        b[0..2].copy_from_slice(&self.controller_id.to_le_bytes());
        b[2..4].copy_from_slice(&self.sq_head.to_le_bytes());
        b[4..6].copy_from_slice(&self.outstanding.to_le_bytes());
        b
    }

    pub fn decode(b: &[u8]) -> Option<Takeover> {
        let b = b.get(..TAKEOVER_BYTES)?;
        let half = |at: usize| u16::from_le_bytes([b[at], b[at + 1]]);
        Some(Takeover { controller_id: half(0), sq_head: half(2), outstanding: half(4) })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header {
    pub kind: MessageType,
    pub flags: u8,
    pub qp: u16,
    pub payload_bytes: u16,
    pub tag: u16,
}

impl Header {
    pub fn encode(&self) -> [u8; HEADER_BYTES] {
        let mut b = [0u8; HEADER_BYTES];
        b[0] = self.kind as u8;
        b[1] = self.flags;
        b[2..4].copy_from_slice(&self.qp.to_le_bytes());
        b[4..6].copy_from_slice(&self.payload_bytes.to_le_bytes());
        b[6..8].copy_from_slice(&self.tag.to_le_bytes());
        b
    }

    pub fn decode(b: &[u8]) -> Option<Header> {
        let b: &[u8; HEADER_BYTES] = b.get(..HEADER_BYTES)?.try_into().ok()?;
        Some(Header {
            kind: MessageType::from_code(b[0])?,
            flags: b[1],
            qp: u16::from_le_bytes([b[2], b[3]]),
            payload_bytes: u16::from_le_bytes([b[4], b[5]]),
            tag: u16::from_le_bytes([b[6], b[7]]),
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WqeDescriptor {
    pub op: WqeOp,
    pub length: u32,
    pub va: u64,
    pub rkey: u32,
    pub invalidate_rkey: u32,
}

impl WqeDescriptor {
    pub fn encode(&self) -> [u8; WQE_DESCRIPTOR_BYTES] {
        let mut b = [0u8; WQE_DESCRIPTOR_BYTES];
        b[0] = self.op as u8;
        b[4..8].copy_from_slice(&self.length.to_le_bytes());
        b[8..16].copy_from_slice(&self.va.to_le_bytes());
        b[16..20].copy_from_slice(&self.rkey.to_le_bytes());
        b[20..24].copy_from_slice(&self.invalidate_rkey.to_le_bytes());
        b
    }

    pub fn decode(b: &[u8]) -> Option<WqeDescriptor> {
        let b = b.get(..WQE_DESCRIPTOR_BYTES)?;
        let word = |at: usize| u32::from_le_bytes(b[at..at + 4].try_into().unwrap());
        Some(WqeDescriptor {
            op: WqeOp::from_code(b[0])?,
            length: word(4),
            va: u64::from_le_bytes(b[8..16].try_into().unwrap()),
            rkey: word(16),
            invalidate_rkey: word(20),
        })
    }
}

/// A whole message: header plus payload bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    pub header: Header,
    pub payload: Vec<u8>,
}

impl Message {
    pub fn new(kind: MessageType, qp: u16, tag: u16, payload: Vec<u8>) -> Message {
        assert!(payload.len() <= u16::MAX as usize, "a link message carries at most 64 KiB - 1");
        Message { header: Header { kind, flags: 0, qp, payload_bytes: payload.len() as u16, tag }, payload }
    }

    /// The message as 64-bit beats (byte 0 in bits 7:0) and the valid bytes of the last one.
    pub fn beats(&self) -> (Vec<u64>, usize) {
        let mut bytes = self.header.encode().to_vec();
        bytes.extend_from_slice(&self.payload);
        let last = match bytes.len() % 8 {
            0 => 8,
            n => n,
        };
        bytes.resize(bytes.len().div_ceil(8) * 8, 0);
        (bytes.chunks(8).map(|c| u64::from_le_bytes(c.try_into().unwrap())).collect(), last)
    }

    /// Reassembles a message from its bytes; `None` if the header is unknown or the length wrong.
    pub fn from_bytes(bytes: &[u8]) -> Option<Message> {
        let header = Header::decode(bytes)?;
        let payload = bytes.get(HEADER_BYTES..)?;
        (payload.len() == header.payload_bytes as usize).then(|| Message { header, payload: payload.to_vec() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_round_trip_through_beats() {
        let wqe = WqeDescriptor { op: WqeOp::Write, length: 4096, va: 0x1234_5678_9abc, rkey: 0x77, invalidate_rkey: 0 };
        assert_eq!(WqeDescriptor::decode(&wqe.encode()), Some(wqe));
        let message = Message::new(MessageType::Wqe, 7, 0x42, wqe.encode().to_vec());
        let (beats, last) = message.beats();
        assert_eq!((beats.len(), last), (4, 8));
        let bytes: Vec<u8> = beats.iter().flat_map(|b| b.to_le_bytes()).collect();
        assert_eq!(Message::from_bytes(&bytes[..8 + 24]), Some(message));
        assert_eq!(beats[0] & 0xff, 0x81, "the type is byte 0 of the header beat");
        assert!(Header::decode(&[0x55; 8]).is_none(), "an unknown type is refused");
    }
}
