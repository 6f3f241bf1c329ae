//! Reference model of the RC responder (`nic_hdl::roce::rc_responder`): per-QP expected PSN and
//! MSN, and the verdict on every request packet. Also the responder half of the host's RC endpoint
//! model, which answers the NIC's requests by the same rules.

use nic_hdl::roce::rc::{self, psn_add, psn_place, PsnPlace, ResponderOutcome, SendPosition};
use std::collections::BTreeMap;

/// One good request packet, as the responder sees it.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub qp: usize,
    pub opcode: u8,
    pub psn: u32,
    pub ack_req: bool,
    /// The consumer has no room for a new message.
    pub consumer_full: bool,
}

/// The AETH of an ACK or NAK to send.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Aeth {
    pub syndrome: u8,
    pub psn: u32,
    pub msn: u32,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub qp: usize,
    pub outcome: ResponderOutcome,
    pub deliver: bool,
    pub answer: Option<Aeth>,
    /// The PSN and MSN the RTL reports when it sends nothing.
    pub psn: u32,
    pub msn: u32,
}

#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct ResponderContext {
    pub expected_psn: u32,
    pub msn: u32,
    pub nak_sent: bool,
    pub in_message: bool,
}

#[derive(Clone, Debug)]
pub struct ResponderModel {
    pub contexts: Vec<ResponderContext>,
    pub counts: BTreeMap<ResponderOutcome, u64>,
    pub rnr_timer: u8,
    /// The requests served: [`rc::send_position`] for the NIC's responder (hosts send it SENDs),
    /// [`rc::request_position`] for a host's (the NIC sends SENDs and RDMA WRITEs).
    pub serves: fn(u8) -> Option<SendPosition>,
}

impl ResponderModel {
    pub fn new(qps: usize, rnr_timer: u8) -> Self {
        Self { contexts: vec![ResponderContext::default(); qps], counts: BTreeMap::new(), rnr_timer, serves: rc::send_position }
    }

    /// QP setup: the first PSN the host will send; MSN 0, no message open.
    pub fn configure(&mut self, qp: usize, expected_psn: u32) {
        self.contexts[qp] = ResponderContext { expected_psn: expected_psn & rc::PSN_MASK, ..Default::default() };
    }

    /// Reset clears every QP (expected PSN 0), but not the counters' history kept by the caller.
    pub fn reset(&mut self) {
        self.contexts.iter_mut().for_each(|c| *c = ResponderContext::default());
        self.counts.clear();
    }

    pub fn request(&mut self, r: &Request) -> Verdict {
        let c = &mut self.contexts[r.qp];
        let ack = |syndrome, psn, msn| Some(Aeth { syndrome, psn, msn });
        let (outcome, answer, psn, msn) = match psn_place(r.psn, c.expected_psn) {
            PsnPlace::Behind => {
                let previous = psn_add(c.expected_psn, rc::PSN_MASK);
                (ResponderOutcome::Duplicate, ack(rc::SYNDROME_ACK, previous, c.msn), previous, c.msn)
            }
            PsnPlace::Ahead if c.nak_sent => (ResponderOutcome::OutOfSequenceSilent, None, c.expected_psn, c.msn),
            PsnPlace::Ahead => {
                c.nak_sent = true;
                (ResponderOutcome::OutOfSequenceNak, ack(rc::SYNDROME_NAK_PSN_SEQUENCE, c.expected_psn, c.msn), c.expected_psn, c.msn)
            }
            PsnPlace::Expected => match (self.serves)(r.opcode) {
                Some(p) if p.starts != c.in_message => {
                    if p.starts && r.consumer_full {
                        c.nak_sent = true;
                        let syndrome = rc::SYNDROME_RNR | (self.rnr_timer & 0x1F);
                        (ResponderOutcome::ReceiverNotReady, ack(syndrome, r.psn, c.msn), r.psn, c.msn)
                    } else {
                        c.expected_psn = psn_add(c.expected_psn, 1);
                        c.msn = psn_add(c.msn, p.ends as u32);
                        c.nak_sent = false;
                        c.in_message = !p.ends;
                        if r.ack_req || p.ends {
                            (ResponderOutcome::AcceptedAcked, ack(rc::SYNDROME_ACK, r.psn, c.msn), r.psn, c.msn)
                        } else {
                            (ResponderOutcome::AcceptedCoalesced, None, r.psn, c.msn)
                        }
                    }
                }
                _ => {
                    c.nak_sent = true;
                    (ResponderOutcome::InvalidRequest, ack(rc::SYNDROME_NAK_INVALID_REQUEST, r.psn, c.msn), r.psn, c.msn)
                }
            },
        };
        *self.counts.entry(outcome).or_default() += 1;
        Verdict { qp: r.qp, outcome, deliver: outcome.delivers(), answer, psn, msn }
    }
}

/// What a host's responder does with an RDMA READ Request.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum ReadAnswer {
    /// Send `packets` READ Responses from `first_psn` (AETH MSN `msn`); `fresh` when in sequence
    /// (not a duplicate executed again).
    Respond { first_psn: u32, packets: u32, msn: u32, fresh: bool },
    Nak(Aeth),
    Silent,
}

impl ResponderModel {
    /// An RDMA READ Request for `length` bytes at PSN `psn`: in sequence it takes one PSN per
    /// response packet; a duplicate (behind) is executed again without moving the state (IBA
    /// 9.7.5.1.2); ahead is a gap, as for any request.
    pub fn read_request(&mut self, qp: usize, psn: u32, length: u32, mtu: u32) -> ReadAnswer {
        let packets = rc::packets_of(length, mtu);
        let c = &mut self.contexts[qp];
        match psn_place(psn, c.expected_psn) {
            PsnPlace::Behind => ReadAnswer::Respond { first_psn: psn, packets, msn: c.msn, fresh: false },
            PsnPlace::Ahead if c.nak_sent => ReadAnswer::Silent,
            PsnPlace::Ahead => {
                c.nak_sent = true;
                ReadAnswer::Nak(Aeth { syndrome: rc::SYNDROME_NAK_PSN_SEQUENCE, psn: c.expected_psn, msn: c.msn })
            }
            PsnPlace::Expected if c.in_message => {
                c.nak_sent = true;
                ReadAnswer::Nak(Aeth { syndrome: rc::SYNDROME_NAK_INVALID_REQUEST, psn, msn: c.msn })
            }
            PsnPlace::Expected => {
                c.expected_psn = psn_add(c.expected_psn, packets);
                c.msn = psn_add(c.msn, 1);
                c.nak_sent = false;
                ReadAnswer::Respond { first_psn: psn, packets, msn: c.msn, fresh: true }
            }
        }
    }
}
