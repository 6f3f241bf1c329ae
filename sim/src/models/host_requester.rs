//! Go-back-N requester of one RC QP (IBA 9.7): the host's sending side in the transport tests.
//! Messages are cut into packets up front; packets go out in PSN order within a window, an ACK for
//! PSN p retires everything up to p, a NAK "PSN sequence error" for p (or a timeout) resends from
//! p, an RNR NAK resends from p after a delay, and running out of retries is an error state, never
//! a silent stall.

use nic_hdl::roce::rc::{self, psn_add, PSN_MASK};

/// One packet of a message.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct OutPacket {
    pub opcode: u8,
    /// Which message, and which packet of it: what the receiver must see exactly once, in order.
    pub message: u32,
    pub index: u32,
    pub last: bool,
}

/// SEND opcodes for a message of `packets` packets.
pub fn send_opcodes(packets: u32) -> Vec<u8> {
    match packets {
        0 => vec![],
        1 => vec![0x04],
        n => std::iter::once(0x00).chain(std::iter::repeat(0x01).take(n as usize - 2)).chain(std::iter::once(0x02)).collect(),
    }
}

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct RequesterStats {
    pub sent: u64,
    pub resent: u64,
    pub timeouts: u64,
    pub sequence_naks: u64,
    pub rnr_naks: u64,
    pub acks: u64,
    /// ACKs/NAKs for PSNs outside the window (late duplicates): ignored.
    pub stale: u64,
}

#[derive(Clone, Debug)]
pub struct Requester {
    pub packets: Vec<OutPacket>,
    pub first_psn: u32,
    /// Index (into `packets`) of the oldest unacknowledged packet, and of the next to send.
    pub unacked: usize,
    pub next: usize,
    /// The furthest packet ever sent (to count resends).
    sent_before: usize,
    pub window: usize,
    pub timeout: u64,
    pub retry_limit: u32,
    retries: u32,
    deadline: Option<u64>,
    hold_until: u64,
    pub error: Option<String>,
    pub stats: RequesterStats,
}

impl Requester {
    pub fn new(first_psn: u32, window: usize, timeout: u64, retry_limit: u32) -> Self {
        Self {
            packets: Vec::new(),
            first_psn: first_psn & PSN_MASK,
            unacked: 0,
            next: 0,
            sent_before: 0,
            window,
            timeout,
            retry_limit,
            retries: 0,
            deadline: None,
            hold_until: 0,
            error: None,
            stats: RequesterStats::default(),
        }
    }

    /// Queue a SEND message of `packets` packets.
    pub fn post_send(&mut self, message: u32, packets: u32) {
        let n = packets.max(1);
        for (i, opcode) in send_opcodes(n).into_iter().enumerate() {
            self.packets.push(OutPacket { opcode, message, index: i as u32, last: i as u32 + 1 == n });
        }
    }

    pub fn psn_of(&self, index: usize) -> u32 {
        psn_add(self.first_psn, index as u32)
    }

    pub fn done(&self) -> bool {
        self.unacked == self.packets.len() || self.error.is_some()
    }

    /// The packet to send now, if any: (PSN, AckReq, packet).
    pub fn poll(&mut self, now: u64) -> Option<(u32, bool, OutPacket)> {
        if self.error.is_some() {
            return None;
        }
        if self.deadline.is_some_and(|d| now >= d) {
            self.stats.timeouts += 1;
            self.go_back(self.unacked, now);
        }
        if now < self.hold_until || self.next >= self.packets.len() || self.next - self.unacked >= self.window {
            return None;
        }
        let index = self.next;
        self.next += 1;
        if index < self.sent_before {
            self.stats.resent += 1;
        } else {
            self.stats.sent += 1;
            self.sent_before = index + 1;
        }
        self.deadline.get_or_insert(now + self.timeout);
        let p = self.packets[index];
        // Ask for an ACK at a message end, when the window fills, and on the last packet queued.
        let ack_req = p.last || self.next - self.unacked == self.window || self.next == self.packets.len();
        Some((self.psn_of(index), ack_req, p))
    }

    /// Index of `psn` if it names a packet sent and not yet acknowledged, or the one before.
    fn index_of(&self, psn: u32) -> Option<usize> {
        let offset = (psn.wrapping_sub(self.first_psn) & PSN_MASK) as usize;
        let lowest = self.unacked.saturating_sub(1);
        (offset >= lowest && offset < self.next.max(self.sent_before)).then_some(offset)
    }

    fn retire_before(&mut self, index: usize, now: u64) {
        if index > self.unacked {
            self.unacked = index;
            self.retries = 0;
            self.deadline = (self.unacked < self.next).then_some(now + self.timeout);
        }
        if self.next < self.unacked {
            self.next = self.unacked;
        }
    }

    fn go_back(&mut self, index: usize, now: u64) {
        self.retries += 1;
        if self.retries > self.retry_limit {
            self.error = Some(format!("retries exhausted at PSN {:#x}", self.psn_of(self.unacked)));
            return;
        }
        self.next = index;
        self.deadline = Some(now + self.timeout);
    }

    /// An ACK or NAK arrived (syndrome and PSN of its AETH).
    pub fn on_aeth(&mut self, syndrome: u8, psn: u32, now: u64) {
        let Some(index) = self.index_of(psn) else {
            self.stats.stale += 1;
            return;
        };
        match syndrome {
            rc::SYNDROME_ACK => {
                self.stats.acks += 1;
                self.retire_before(index + 1, now);
            }
            rc::SYNDROME_NAK_PSN_SEQUENCE => {
                self.stats.sequence_naks += 1;
                self.retire_before(index, now);
                if index == self.unacked {
                    self.go_back(index, now);
                }
            }
            s if s & 0xE0 == rc::SYNDROME_RNR => {
                self.stats.rnr_naks += 1;
                self.retire_before(index, now);
                if index == self.unacked {
                    self.go_back(index, now);
                    self.hold_until = now + self.timeout / 4;
                }
            }
            s => self.error = Some(format!("NAK {s:#04x} for PSN {psn:#x}")),
        }
    }
}

/// One packet of a work request as the NIC's requester must send it (the segmentation model).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SegmentedPacket {
    pub opcode: u8,
    pub psn: u32,
    pub ack_req: bool,
    /// RETH (VA, R_Key, DMA length) on a WRITE's First/Only packet.
    pub reth: Option<(u64, u32, u32)>,
    /// IETH on a SEND with Invalidate's Last/Only packet.
    pub ieth: Option<u32>,
    pub payload: Vec<u8>,
}

/// Cuts a message into packets at the path MTU (First/Middle carry exactly the MTU), from `first_psn`.
/// For a READ, `payload` stands for the bytes to read: entry k is the READ Request that asks for
/// them from response k on (the first one asks for all).
pub fn segment(kind: rc::WrKind, va: u64, rkey: u32, payload: &[u8], mtu: usize, first_psn: u32) -> Vec<SegmentedPacket> {
    let n = rc::packets_of(payload.len() as u32, mtu as u32) as usize;
    (0..n)
        .map(|i| {
            let (first, last) = (i == 0, i + 1 == n);
            let bytes = &payload[(i * mtu).min(payload.len())..((i + 1) * mtu).min(payload.len())];
            let psn = psn_add(first_psn, i as u32);
            if kind == rc::WrKind::Read {
                // One request; asked again from a later PSN it asks for the rest.
                let offset = (i * mtu).min(payload.len());
                let rest = (payload.len() - offset) as u32;
                return SegmentedPacket { opcode: 0x0C, psn, ack_req: false, reth: Some((va + offset as u64, rkey, rest)), ieth: None, payload: vec![] };
            }
            SegmentedPacket {
                opcode: rc::request_opcode(kind, first, last),
                psn,
                ack_req: rc::ack_requested(psn, last),
                reth: (kind == rc::WrKind::Write && first).then_some((va, rkey, payload.len() as u32)),
                ieth: (kind == rc::WrKind::SendInvalidate && last).then_some(rkey),
                payload: bytes.to_vec(),
            }
        })
        .collect()
}
