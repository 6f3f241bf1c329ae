//! RC responder: decides, for every request packet a host sends a QP, whether it is delivered,
//! and which ACK or NAK answers it — per-QP expected PSN and MSN in block RAM.
//!
//! Contract (docs/rc-transport.md):
//! - `req_*` (valid/ready): one good packet (ICRC checked) addressed to QP `req_qp`: its opcode,
//!   PSN, AckReq bit, and whether the consumer has room for a new message (`req_consumer_full`).
//! - `verdict_*` (valid/ready): one per request, in order: `verdict_outcome`
//!   ([`ResponderOutcome`]), `verdict_deliver` (hand the payload on), and when `verdict_send_aeth`
//!   the AETH of the answer to send (`verdict_syndrome`, `verdict_psn`, `verdict_msn`).
//! - In sequence: delivered; ACKed when AckReq is set or the message ends, else coalesced.
//!   Behind: re-ACKed with the expected PSN − 1, never delivered twice. Ahead: dropped, and the
//!   first packet of a gap is answered by one NAK "PSN sequence error" carrying the expected PSN.
//!   A message start the consumer cannot take: RNR NAK (timer `rnr_timer`). A packet in sequence
//!   that is not a SEND, or breaks First/Middle/Last order: NAK "invalid request". After any NAK
//!   the QP answers nothing ahead of the expected PSN until the expected PSN arrives.
//! - `cfg_*` (valid/ready) sets a QP's expected PSN (MSN 0, no message open): QP setup.
//! - Every outcome is counted in a counter bank (index = outcome code).
//!
//! Structure: one packet at a time in five cycles (take and read the context, load it, compare,
//! decide, commit), which a minimum frame (eight beats) leaves room for; a commit's write is seen by the
//! next take's read. After `reset` the context RAM and the counters clear themselves (32 cycles).

use super::rc::{self, ResponderOutcome, PSN_BITS};
use crate::counters::{CounterBank, COUNTER_INDEX_BITS};
use rust_hdl::prelude::*;

pub const RESPONDER_COUNTER_BITS: usize = 32;

/// One QP's responder state, one block-RAM word.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct ResponderContext {
    pub expected_psn: Bits<PSN_BITS>,
    pub msn: Bits<PSN_BITS>,
    /// A NAK answered the current gap: further packets ahead are dropped silently.
    pub nak_sent: Bit,
    /// A First was delivered and its Last has not been.
    pub in_message: Bit,
}

/// What an opcode means to the responder, from [`rc::send_position`].
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct RequestKind {
    pub send: Bit,
    pub starts: Bit,
    pub ends: Bit,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum ResponderStep {
    /// Clearing every QP's context after reset.
    Clear,
    /// Ready for a request or a configuration write.
    Take,
    /// The context RAM's word is ready: into registers.
    Load,
    /// Context in registers: compare the PSN.
    Compare,
    /// PSN compared: work out the outcome and the new context.
    Decide,
    /// Write the context back and present the verdict.
    Commit,
}

#[derive(LogicBlock)]
pub struct RcResponder<const QP_BITS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub req_valid: Signal<In, Bit>,
    pub req_ready: Signal<Out, Bit>,
    pub req_qp: Signal<In, Bits<QP_BITS>>,
    pub req_opcode: Signal<In, Bits<8>>,
    pub req_psn: Signal<In, Bits<PSN_BITS>>,
    pub req_ack_req: Signal<In, Bit>,
    pub req_consumer_full: Signal<In, Bit>,
    /// RNR timer code sent in RNR NAKs (IBA table 45: 0 = 655 ms … 31 = 491 ms).
    pub rnr_timer: Signal<In, Bits<5>>,
    pub cfg_valid: Signal<In, Bit>,
    pub cfg_ready: Signal<Out, Bit>,
    pub cfg_qp: Signal<In, Bits<QP_BITS>>,
    pub cfg_expected_psn: Signal<In, Bits<PSN_BITS>>,
    pub verdict_valid: Signal<Out, Bit>,
    pub verdict_ready: Signal<In, Bit>,
    pub verdict_qp: Signal<Out, Bits<QP_BITS>>,
    pub verdict_outcome: Signal<Out, Bits<3>>,
    pub verdict_deliver: Signal<Out, Bit>,
    pub verdict_send_aeth: Signal<Out, Bit>,
    pub verdict_syndrome: Signal<Out, Bits<8>>,
    pub verdict_psn: Signal<Out, Bits<PSN_BITS>>,
    pub verdict_msn: Signal<Out, Bits<PSN_BITS>>,
    pub counter_read_index: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub counter_read_value: Signal<Out, Bits<RESPONDER_COUNTER_BITS>>,
    pub counters_ready: Signal<Out, Bit>,
    contexts: RAM<ResponderContext, QP_BITS>,
    kinds: ROM<RequestKind, 8>,
    counters: CounterBank<RESPONDER_COUNTER_BITS>,
    step: DFF<ResponderStep>,
    clear_qp: DFF<Bits<QP_BITS>>,
    qp: DFF<Bits<QP_BITS>>,
    opcode: DFF<Bits<8>>,
    psn: DFF<Bits<PSN_BITS>>,
    ack_req: DFF<Bit>,
    consumer_full: DFF<Bit>,
    kind: DFF<RequestKind>,
    qp_state: DFF<ResponderContext>,
    /// Compare's results.
    at_expected: DFF<Bit>,
    ahead: DFF<Bit>,
    next_psn: DFF<Bits<PSN_BITS>>,
    previous_psn: DFF<Bits<PSN_BITS>>,
    next_msn: DFF<Bits<PSN_BITS>>,
    distance: Signal<Local, Bits<PSN_BITS>>,
    outcome: Signal<Local, Bits<3>>,
    decided: DFF<Bits<3>>,
    decided_context: DFF<ResponderContext>,
    updated: Signal<Local, ResponderContext>,
    out_valid: DFF<Bit>,
    out_qp: DFF<Bits<QP_BITS>>,
    out_outcome: DFF<Bits<3>>,
    out_deliver: DFF<Bit>,
    out_send_aeth: DFF<Bit>,
    out_syndrome: DFF<Bits<8>>,
    out_psn: DFF<Bits<PSN_BITS>>,
    out_msn: DFF<Bits<PSN_BITS>>,
    empty_context: Constant<ResponderContext>,
    zero_qp: Constant<Bits<QP_BITS>>,
    one_qp: Constant<Bits<QP_BITS>>,
    last_qp: Constant<Bits<QP_BITS>>,
    one_psn: Constant<Bits<PSN_BITS>>,
    zero_psn: Constant<Bits<PSN_BITS>>,
    syndrome_ack: Constant<Bits<8>>,
    syndrome_rnr: Constant<Bits<8>>,
    syndrome_sequence: Constant<Bits<8>>,
    syndrome_invalid: Constant<Bits<8>>,
    outcome_acked: Constant<Bits<3>>,
    outcome_coalesced: Constant<Bits<3>>,
    outcome_duplicate: Constant<Bits<3>>,
    outcome_nak: Constant<Bits<3>>,
    outcome_silent: Constant<Bits<3>>,
    outcome_rnr: Constant<Bits<3>>,
    outcome_invalid: Constant<Bits<3>>,
}

fn request_kinds() -> ROM<RequestKind, 8> {
    ROM::new(
        (0..256u64)
            .map(|code| {
                let kind = match rc::send_position(code as u8) {
                    Some(p) => RequestKind { send: true, starts: p.starts, ends: p.ends },
                    None => RequestKind::default(),
                };
                (code.to_bits(), kind)
            })
            .collect(),
    )
}

impl<const QP_BITS: usize> Default for RcResponder<QP_BITS> {
    fn default() -> Self {
        let outcome = |o: ResponderOutcome| Constant::new((o.code() as u64).to_bits());
        let syndrome = |s: u8| Constant::new((s as u64).to_bits());
        Self {
            clock: Default::default(),
            reset: Default::default(),
            req_valid: Default::default(),
            req_ready: Default::default(),
            req_qp: Default::default(),
            req_opcode: Default::default(),
            req_psn: Default::default(),
            req_ack_req: Default::default(),
            req_consumer_full: Default::default(),
            rnr_timer: Default::default(),
            cfg_valid: Default::default(),
            cfg_ready: Default::default(),
            cfg_qp: Default::default(),
            cfg_expected_psn: Default::default(),
            verdict_valid: Default::default(),
            verdict_ready: Default::default(),
            verdict_qp: Default::default(),
            verdict_outcome: Default::default(),
            verdict_deliver: Default::default(),
            verdict_send_aeth: Default::default(),
            verdict_syndrome: Default::default(),
            verdict_psn: Default::default(),
            verdict_msn: Default::default(),
            counter_read_index: Default::default(),
            counter_read_value: Default::default(),
            counters_ready: Default::default(),
            contexts: Default::default(),
            kinds: request_kinds(),
            counters: Default::default(),
            step: Default::default(),
            clear_qp: Default::default(),
            qp: Default::default(),
            opcode: Default::default(),
            psn: Default::default(),
            ack_req: Default::default(),
            consumer_full: Default::default(),
            kind: Default::default(),
            qp_state: Default::default(),
            at_expected: Default::default(),
            ahead: Default::default(),
            next_psn: Default::default(),
            previous_psn: Default::default(),
            next_msn: Default::default(),
            distance: Default::default(),
            outcome: Default::default(),
            decided: Default::default(),
            decided_context: Default::default(),
            updated: Default::default(),
            out_valid: Default::default(),
            out_qp: Default::default(),
            out_outcome: Default::default(),
            out_deliver: Default::default(),
            out_send_aeth: Default::default(),
            out_syndrome: Default::default(),
            out_psn: Default::default(),
            out_msn: Default::default(),
            empty_context: Constant::new(ResponderContext::default()),
            zero_qp: Constant::new(0_u64.to_bits()),
            one_qp: Constant::new(1_u64.to_bits()),
            last_qp: Constant::new(((1u64 << QP_BITS) - 1).to_bits()),
            one_psn: Constant::new(1_u64.to_bits()),
            zero_psn: Constant::new(0_u64.to_bits()),
            syndrome_ack: syndrome(rc::SYNDROME_ACK),
            syndrome_rnr: syndrome(rc::SYNDROME_RNR),
            syndrome_sequence: syndrome(rc::SYNDROME_NAK_PSN_SEQUENCE),
            syndrome_invalid: syndrome(rc::SYNDROME_NAK_INVALID_REQUEST),
            outcome_acked: outcome(ResponderOutcome::AcceptedAcked),
            outcome_coalesced: outcome(ResponderOutcome::AcceptedCoalesced),
            outcome_duplicate: outcome(ResponderOutcome::Duplicate),
            outcome_nak: outcome(ResponderOutcome::OutOfSequenceNak),
            outcome_silent: outcome(ResponderOutcome::OutOfSequenceSilent),
            outcome_rnr: outcome(ResponderOutcome::ReceiverNotReady),
            outcome_invalid: outcome(ResponderOutcome::InvalidRequest),
        }
    }
}

impl<const QP_BITS: usize> Logic for RcResponder<QP_BITS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, step, clear_qp, qp, opcode, psn, ack_req, consumer_full, kind, qp_state, at_expected, ahead,
            next_psn, previous_psn, next_msn, decided, decided_context, out_valid, out_qp, out_outcome, out_deliver, out_send_aeth, out_syndrome,
            out_psn, out_msn
        );
        clock!(self, clock, counters);
        self.contexts.read_clock.next = self.clock.val();
        self.contexts.write_clock.next = self.clock.val();
        self.counters.reset.next = self.reset.val();
        self.counters.read_index.next = self.counter_read_index.val();
        self.counter_read_value.next = self.counters.read_value.val();
        self.counters_ready.next = self.counters.ready.val();
        self.counters.count.next = false;

        self.verdict_valid.next = self.out_valid.q.val();
        self.verdict_qp.next = self.out_qp.q.val();
        self.verdict_outcome.next = self.out_outcome.q.val();
        self.verdict_deliver.next = self.out_deliver.q.val();
        self.verdict_send_aeth.next = self.out_send_aeth.q.val();
        self.verdict_syndrome.next = self.out_syndrome.q.val();
        self.verdict_psn.next = self.out_psn.q.val();
        self.verdict_msn.next = self.out_msn.q.val();
        if self.verdict_ready.val() {
            self.out_valid.d.next = false;
        }

        self.kinds.address.next = self.opcode.q.val();
        self.contexts.read_address.next = self.qp.q.val();
        self.contexts.write_enable.next = false;
        self.contexts.write_address.next = self.qp.q.val();
        self.req_ready.next = false;
        self.cfg_ready.next = false;

        // Compare: where the PSN lies, and the counters' next values, all into registers.
        self.distance.next = self.psn.q.val() - self.qp_state.q.val().expected_psn;
        self.at_expected.d.next = self.distance.val() == self.zero_psn.val();
        self.ahead.d.next = !self.distance.val().get_bit(23) & (self.distance.val() != self.zero_psn.val());
        self.next_psn.d.next = self.qp_state.q.val().expected_psn + self.one_psn.val();
        self.previous_psn.d.next = self.qp_state.q.val().expected_psn - self.one_psn.val();
        self.next_msn.d.next = self.qp_state.q.val().msn;
        if self.kind.q.val().ends {
            self.next_msn.d.next = self.qp_state.q.val().msn + self.one_psn.val();
        }

        // Decide: the outcome and the updated context, into registers for Commit.
        self.updated.next = self.qp_state.q.val();
        if self.at_expected.q.val() {
            if !self.kind.q.val().send | (self.kind.q.val().starts == self.qp_state.q.val().in_message) {
                self.outcome.next = self.outcome_invalid.val();
                self.updated.next.nak_sent = true;
            } else if self.kind.q.val().starts & self.consumer_full.q.val() {
                self.outcome.next = self.outcome_rnr.val();
                self.updated.next.nak_sent = true;
            } else {
                if self.ack_req.q.val() | self.kind.q.val().ends {
                    self.outcome.next = self.outcome_acked.val();
                } else {
                    self.outcome.next = self.outcome_coalesced.val();
                }
                self.updated.next.expected_psn = self.next_psn.q.val();
                self.updated.next.msn = self.next_msn.q.val();
                self.updated.next.nak_sent = false;
                self.updated.next.in_message = !self.kind.q.val().ends;
            }
        } else if self.ahead.q.val() {
            if self.qp_state.q.val().nak_sent {
                self.outcome.next = self.outcome_silent.val();
            } else {
                self.outcome.next = self.outcome_nak.val();
                self.updated.next.nak_sent = true;
            }
        } else {
            self.outcome.next = self.outcome_duplicate.val();
        }

        self.decided.d.next = self.outcome.val();
        self.decided_context.d.next = self.updated.val();
        self.counters.count_index.next = bit_cast::<COUNTER_INDEX_BITS, 3>(self.decided.q.val());
        self.contexts.write_data.next = self.decided_context.q.val();

        match self.step.q.val() {
            ResponderStep::Clear => {
                self.contexts.write_enable.next = true;
                self.contexts.write_address.next = self.clear_qp.q.val();
                self.contexts.write_data.next = self.empty_context.val();
                // Wait for the counter bank too: it clears itself as long, and counts nothing meanwhile.
                if self.clear_qp.q.val() != self.last_qp.val() {
                    self.clear_qp.d.next = self.clear_qp.q.val() + self.one_qp.val();
                } else if self.counters.ready.val() {
                    self.step.d.next = ResponderStep::Take;
                }
            }
            ResponderStep::Take => {
                // Configuration first: QP setup must not wait behind traffic.
                self.cfg_ready.next = true;
                self.req_ready.next = !self.cfg_valid.val();
                self.qp.d.next = self.req_qp.val();
                self.opcode.d.next = self.req_opcode.val();
                self.psn.d.next = self.req_psn.val();
                self.ack_req.d.next = self.req_ack_req.val();
                self.consumer_full.d.next = self.req_consumer_full.val();
                if self.cfg_valid.val() {
                    self.contexts.write_enable.next = true;
                    self.contexts.write_address.next = self.cfg_qp.val();
                    self.contexts.write_data.next = self.empty_context.val();
                    self.contexts.write_data.next.expected_psn = self.cfg_expected_psn.val();
                } else if self.req_valid.val() {
                    self.contexts.read_address.next = self.req_qp.val();
                    self.step.d.next = ResponderStep::Load;
                }
            }
            ResponderStep::Load => {
                self.kind.d.next = self.kinds.data.val();
                self.qp_state.d.next = self.contexts.read_data.val();
                self.step.d.next = ResponderStep::Compare;
            }
            ResponderStep::Compare => {
                self.step.d.next = ResponderStep::Decide;
            }
            ResponderStep::Decide => {
                self.step.d.next = ResponderStep::Commit;
            }
            ResponderStep::Commit => {
                if !self.out_valid.q.val() | self.verdict_ready.val() {
                    self.contexts.write_enable.next = true;
                    self.counters.count.next = true;
                    self.out_valid.d.next = true;
                    self.out_qp.d.next = self.qp.q.val();
                    self.out_outcome.d.next = self.decided.q.val();
                    self.out_deliver.d.next = false;
                    self.out_send_aeth.d.next = true;
                    self.out_syndrome.d.next = self.syndrome_ack.val();
                    self.out_psn.d.next = self.psn.q.val();
                    self.out_msn.d.next = self.qp_state.q.val().msn;
                    if self.decided.q.val() == self.outcome_acked.val() {
                        self.out_deliver.d.next = true;
                        self.out_msn.d.next = self.next_msn.q.val();
                    }
                    if self.decided.q.val() == self.outcome_coalesced.val() {
                        self.out_deliver.d.next = true;
                        self.out_send_aeth.d.next = false;
                        self.out_msn.d.next = self.next_msn.q.val();
                    }
                    if self.decided.q.val() == self.outcome_duplicate.val() {
                        self.out_psn.d.next = self.previous_psn.q.val();
                    }
                    if self.decided.q.val() == self.outcome_nak.val() {
                        self.out_syndrome.d.next = self.syndrome_sequence.val();
                        self.out_psn.d.next = self.qp_state.q.val().expected_psn;
                    }
                    if self.decided.q.val() == self.outcome_silent.val() {
                        self.out_send_aeth.d.next = false;
                        self.out_psn.d.next = self.qp_state.q.val().expected_psn;
                    }
                    if self.decided.q.val() == self.outcome_rnr.val() {
                        self.out_syndrome.d.next = self.syndrome_rnr.val() | bit_cast::<8, 5>(self.rnr_timer.val());
                    }
                    if self.decided.q.val() == self.outcome_invalid.val() {
                        self.out_syndrome.d.next = self.syndrome_invalid.val();
                    }
                    self.step.d.next = ResponderStep::Take;
                }
            }
            _ => {
                self.step.d.next = ResponderStep::Take;
            }
        }

        if self.reset.val() {
            self.step.d.next = ResponderStep::Clear;
            self.clear_qp.d.next = self.zero_qp.val();
            self.out_valid.d.next = false;
        }
    }
}
