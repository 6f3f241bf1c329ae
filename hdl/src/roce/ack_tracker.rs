//! The requester's acknowledgement side: what an ACK, a NAK, a READ Response or a QP's timer does
//! to the QP the engine has loaded.
//!
//! The engine hands over while `step` is one of this side's steps (Respond to Timer) and writes
//! back `qp_context_next` and `step_next`. An acknowledgement retires messages from the head of the
//! QP's message ring, completing each; a NAK or a lost READ Response goes back to the oldest
//! unacknowledged PSN (go-back-N), as a timeout does; too many retries without progress, or a
//! broken response, put the QP in error and flush its messages. READ data is passed on or
//! dropped by the READ data path, told here which.

use super::rc::{self, CompletionStatus, RequesterEvent, WrKind, PSN_BITS};
use super::requester_context::{MessageRecord, RequesterContext, RequesterStep};
use crate::constant::constant;
use crate::counters::COUNTER_INDEX_BITS;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct AckTracker {
    pub clock: Signal<In, Clock>,
    pub step: Signal<In, RequesterStep>,
    pub qp_context: Signal<In, RequesterContext>,
    /// The QP's head message (the engine's default message read).
    pub head: Signal<In, MessageRecord>,
    pub now: Signal<In, Bits<16>>,
    /// The engine takes a response this cycle: hold its fields.
    pub capture: Signal<In, Bit>,
    pub resp_syndrome: Signal<In, Bits<8>>,
    pub resp_psn: Signal<In, Bits<PSN_BITS>>,
    pub resp_opcode: Signal<In, Bits<8>>,
    pub resp_payload_length: Signal<In, Bits<13>>,
    pub completion_free: Signal<In, Bit>,
    /// The event counted at the engine's Commit, as far as the engine has decided it.
    pub count_event: Signal<In, Bit>,
    pub count_which: Signal<In, Bits<COUNTER_INDEX_BITS>>,
    pub qp_context_next: Signal<Out, RequesterContext>,
    pub step_next: Signal<Out, RequesterStep>,
    pub count_event_next: Signal<Out, Bit>,
    pub count_which_next: Signal<Out, Bits<COUNTER_INDEX_BITS>>,
    /// A message completed successfully (counted at once).
    pub count_completed: Signal<Out, Bit>,
    /// The head message completes with `complete_status`.
    pub complete: Signal<Out, Bit>,
    pub complete_status: Signal<Out, Bits<3>>,
    /// The READ data path's next payload: passed on or dropped (`read_busy`: there is one).
    pub read_load: Signal<Out, Bit>,
    pub read_busy: Signal<Out, Bit>,
    pub read_deliver: Signal<Out, Bit>,
    pub read_message_end: Signal<Out, Bit>,
    pub read_length: Signal<Out, Bits<13>>,
    /// A retired message freed room: a blocked work request may try again.
    pub admit_unblock: Signal<Out, Bit>,

    // The response being handled.
    syndrome: DFF<Bits<8>>,
    response_psn: DFF<Bits<PSN_BITS>>,
    response_opcode: DFF<Bits<8>>,
    response_length: DFF<Bits<13>>,
    retiring_read: DFF<Bit>,
    /// This READ Response has acknowledged the messages before its READ; `recheck`: it is to be
    /// checked again after they retire.
    implicit_ack: DFF<Bit>,
    recheck: DFF<Bit>,
    new_unacked: DFF<Bits<PSN_BITS>>,
    flush_all: DFF<Bit>,
    flush_status: DFF<Bits<3>>,
    /// Send again from `go_back_psn`; `fail`: the QP goes to error, its messages flushed.
    go_back: Signal<Local, Bit>,
    go_back_psn: Signal<Local, Bits<PSN_BITS>>,
    fail: Signal<Local, Bit>,
    fail_status: Signal<Local, Bits<3>>,
    fail_event: Signal<Local, Bits<COUNTER_INDEX_BITS>>,
    /// The QP's path MTU is 2^mtu_log2 bytes (256 << mtu_shift).
    mtu_log2: Signal<Local, Bits<8>>,
    mtu_bytes: Signal<Local, Bits<16>>,
    message_words: Signal<Local, Bits<16>>,
    head_is_read: Signal<Local, Bit>,
    unacked_into_head: Signal<Local, Bits<PSN_BITS>>,
    head_index: Signal<Local, Bits<8>>,
    head_first: Signal<Local, Bit>,
    head_last: Signal<Local, Bit>,
    response_ends: Signal<Local, Bit>,
    response_starts: Signal<Local, Bit>,
    response_fits: Signal<Local, Bit>,
    expected_response_length: Signal<Local, Bits<16>>,
    head_distance: Signal<Local, Bits<PSN_BITS>>,
    /// How far the new unacknowledged PSN is past the head message's first PSN.
    past_head_first: Signal<Local, Bits<PSN_BITS>>,
    head_retires: Signal<Local, Bit>,
    unacked_past_send: Signal<Local, Bits<PSN_BITS>>,
    response_distance: Signal<Local, Bits<PSN_BITS>>,
    in_flight: Signal<Local, Bits<PSN_BITS>>,
    expired: Signal<Local, Bit>,
    retries_next: Signal<Local, Bits<4>>,

    one_psn: Constant<Bits<PSN_BITS>>,
    zero_psn: Constant<Bits<PSN_BITS>>,
    psn_half: Constant<Bits<PSN_BITS>>,
    one_slot: Constant<Bits<8>>,
    one_retry: Constant<Bits<4>>,
    no_retries: Constant<Bits<4>>,
    one_byte: Constant<Bits<16>>,
    word_round_up: Constant<Bits<16>>,
    no_words: Constant<Bits<16>>,
    no_payload: Constant<Bits<13>>,
    mtu_base_shift: Constant<Bits<8>>,
    kind_read: Constant<Bits<2>>,
    ack_opcode_class: Constant<Bits<3>>,
    rnr_class: Constant<Bits<3>>,
    nak_class: Constant<Bits<3>>,
    syndrome_ack: Constant<Bits<8>>,
    syndrome_sequence: Constant<Bits<8>>,
    read_response_first: Constant<Bits<8>>,
    read_response_last: Constant<Bits<8>>,
    read_response_only: Constant<Bits<8>>,
    status_success: Constant<Bits<3>>,
    status_remote: Constant<Bits<3>>,
    status_retry: Constant<Bits<3>>,
    status_flushed: Constant<Bits<3>>,
    event_stale: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_sequence: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_rnr: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_timeout: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_remote: Constant<Bits<COUNTER_INDEX_BITS>>,
    event_retry: Constant<Bits<COUNTER_INDEX_BITS>>,
}

impl Default for AckTracker {
    fn default() -> Self {
        let event = |e: RequesterEvent| constant(e.code() as u64);
        let status = |s: CompletionStatus| constant(s.code() as u64);
        Self {
            clock: Default::default(),
            step: Default::default(),
            qp_context: Default::default(),
            head: Default::default(),
            now: Default::default(),
            capture: Default::default(),
            resp_syndrome: Default::default(),
            resp_psn: Default::default(),
            resp_opcode: Default::default(),
            resp_payload_length: Default::default(),
            completion_free: Default::default(),
            count_event: Default::default(),
            count_which: Default::default(),
            qp_context_next: Default::default(),
            step_next: Default::default(),
            count_event_next: Default::default(),
            count_which_next: Default::default(),
            count_completed: Default::default(),
            complete: Default::default(),
            complete_status: Default::default(),
            read_load: Default::default(),
            read_busy: Default::default(),
            read_deliver: Default::default(),
            read_message_end: Default::default(),
            read_length: Default::default(),
            admit_unblock: Default::default(),
            syndrome: Default::default(),
            response_psn: Default::default(),
            response_opcode: Default::default(),
            response_length: Default::default(),
            retiring_read: Default::default(),
            implicit_ack: Default::default(),
            recheck: Default::default(),
            new_unacked: Default::default(),
            flush_all: Default::default(),
            flush_status: Default::default(),
            go_back: Default::default(),
            go_back_psn: Default::default(),
            fail: Default::default(),
            fail_status: Default::default(),
            fail_event: Default::default(),
            mtu_log2: Default::default(),
            mtu_bytes: Default::default(),
            message_words: Default::default(),
            head_is_read: Default::default(),
            unacked_into_head: Default::default(),
            head_index: Default::default(),
            head_first: Default::default(),
            head_last: Default::default(),
            response_ends: Default::default(),
            response_starts: Default::default(),
            response_fits: Default::default(),
            expected_response_length: Default::default(),
            head_distance: Default::default(),
            past_head_first: Default::default(),
            head_retires: Default::default(),
            unacked_past_send: Default::default(),
            response_distance: Default::default(),
            in_flight: Default::default(),
            expired: Default::default(),
            retries_next: Default::default(),
            one_psn: constant(1),
            zero_psn: constant(0),
            psn_half: constant(rc::PSN_HALF as u64),
            one_slot: constant(1),
            one_retry: constant(1),
            no_retries: constant(0),
            one_byte: constant(1),
            word_round_up: constant(7),
            no_words: constant(0),
            no_payload: constant(0),
            mtu_base_shift: constant(8),
            kind_read: constant(WrKind::Read.code() as u64),
            ack_opcode_class: constant(0),
            rnr_class: constant((rc::SYNDROME_RNR >> 5) as u64),
            nak_class: constant((rc::SYNDROME_NAK_PSN_SEQUENCE >> 5) as u64),
            syndrome_ack: constant(rc::SYNDROME_ACK as u64),
            syndrome_sequence: constant(rc::SYNDROME_NAK_PSN_SEQUENCE as u64),
            read_response_first: constant(rc::READ_RESPONSE_FIRST as u64),
            read_response_last: constant(rc::READ_RESPONSE_LAST as u64),
            read_response_only: constant(rc::READ_RESPONSE_ONLY as u64),
            status_success: status(CompletionStatus::Success),
            status_remote: status(CompletionStatus::RemoteError),
            status_retry: status(CompletionStatus::RetryExceeded),
            status_flushed: status(CompletionStatus::Flushed),
            event_stale: event(RequesterEvent::StaleAck),
            event_sequence: event(RequesterEvent::SequenceNak),
            event_rnr: event(RequesterEvent::RnrNak),
            event_timeout: event(RequesterEvent::Timeout),
            event_remote: event(RequesterEvent::RemoteError),
            event_retry: event(RequesterEvent::RetryExceeded),
        }
    }
}

impl Logic for AckTracker {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, syndrome, response_psn, response_opcode, response_length, retiring_read, implicit_ack, recheck,
            new_unacked, flush_all, flush_status
        );
        self.qp_context_next.next = self.qp_context.val();
        self.step_next.next = self.step.val();
        self.count_event_next.next = self.count_event.val();
        self.count_which_next.next = self.count_which.val();
        self.count_completed.next = false;
        self.complete.next = false;
        self.complete_status.next = self.flush_status.q.val();
        self.admit_unblock.next = false;
        self.go_back.next = false;
        self.go_back_psn.next = self.qp_context.val().unacked_psn;
        self.fail.next = false;
        self.fail_status.next = self.status_remote.val();
        self.fail_event.next = self.event_remote.val();
        if self.step.val() == RequesterStep::Idle {
            self.flush_all.d.next = false;
            self.retiring_read.d.next = false;
            self.implicit_ack.d.next = false;
            self.recheck.d.next = false;
        }
        if self.capture.val() {
            self.syndrome.d.next = self.resp_syndrome.val();
            self.response_psn.d.next = self.resp_psn.val();
            self.response_opcode.d.next = self.resp_opcode.val();
            self.response_length.d.next = self.resp_payload_length.val();
        }

        self.mtu_log2.next = bit_cast::<8, 3>(self.qp_context.val().mtu_shift) + self.mtu_base_shift.val();
        self.mtu_bytes.next = self.one_byte.val() << self.mtu_log2.val();
        // Retiring: does the head message end before the new unacknowledged PSN?
        self.message_words.next = (self.head.val().length + self.word_round_up.val()) >> 3;
        self.head_is_read.next = self.head.val().kind == self.kind_read.val();
        self.unacked_into_head.next = self.qp_context.val().unacked_psn - self.head.val().first_psn;
        if self.head_is_read.val() {
            self.message_words.next = self.no_words.val();
        }
        // A READ Response for the head message: the one expected at its PSN, and its length.
        self.head_index.next = bit_cast::<8, PSN_BITS>(self.response_psn.q.val() - self.head.val().first_psn);
        self.head_first.next = self.response_psn.q.val() == self.head.val().first_psn;
        self.head_last.next = self.response_psn.q.val() == self.head.val().last_psn;
        // A response ends the READ exactly at its last PSN; the READ's first PSN starts one. In
        // between either kind fits: a READ asked again from a later PSN is answered from First.
        self.response_ends.next = (self.response_opcode.q.val() == self.read_response_last.val())
            | (self.response_opcode.q.val() == self.read_response_only.val());
        self.response_starts.next = (self.response_opcode.q.val() == self.read_response_first.val())
            | (self.response_opcode.q.val() == self.read_response_only.val());
        self.response_fits.next = (self.response_ends.val() == self.head_last.val()) & (self.response_starts.val() | !self.head_first.val());
        self.expected_response_length.next = self.mtu_bytes.val();
        if self.head_last.val() {
            self.expected_response_length.next = self.head.val().length - (bit_cast::<16, 8>(self.head_index.val()) << self.mtu_log2.val());
        }
        self.head_distance.next = self.new_unacked.q.val() - self.head.val().last_psn;
        self.past_head_first.next = self.new_unacked.q.val() - self.head.val().first_psn;
        self.head_retires.next = (self.qp_context.val().slot_head != self.qp_context.val().slot_tail)
            & (self.flush_all.q.val()
                | ((self.head_distance.val() != self.zero_psn.val())
                    & !self.head_distance.val().get_bit(23)
                    & (!self.head_is_read.val() | self.retiring_read.q.val())));
        self.unacked_past_send.next = self.new_unacked.q.val() - self.qp_context.val().send_psn;
        // An ACK/NAK names a PSN in flight: at or after the oldest unacknowledged, before the limit.
        self.response_distance.next = self.response_psn.q.val() - self.qp_context.val().unacked_psn;
        self.in_flight.next = self.qp_context.val().sent_limit - self.qp_context.val().unacked_psn;
        self.expired.next = (self.now.val() - self.qp_context.val().timer_start) >= self.qp_context.val().timeout;
        self.retries_next.next = self.qp_context.val().retries + self.one_retry.val();
        // What the READ data path does with a response's payload (ReadCheck decides).
        self.read_load.next = false;
        self.read_busy.next = self.response_length.q.val() != self.no_payload.val();
        self.read_deliver.next = false;
        self.read_message_end.next = self.head_last.val();
        self.read_length.next = self.response_length.q.val();

        match self.step.val() {
            RequesterStep::Respond => {
                if (self.response_opcode.q.val() >= self.read_response_first.val()) & (self.response_opcode.q.val() <= self.read_response_only.val()) {
                    // The head message is being read (the default address): check next cycle.
                    self.step_next.next = RequesterStep::ReadCheck;
                } else {
                    // ACK: up to and including the PSN; NAK: before it.
                    self.new_unacked.d.next = self.response_psn.q.val() + self.one_psn.val();
                    if self.syndrome.q.val().get_bits::<3>(5) != self.ack_opcode_class.val() {
                        self.new_unacked.d.next = self.response_psn.q.val();
                    }
                    if (self.response_distance.val() < self.in_flight.val())
                        & ((self.syndrome.q.val().get_bits::<3>(5) == self.ack_opcode_class.val())
                            | (self.syndrome.q.val().get_bits::<3>(5) == self.rnr_class.val())
                            | (self.syndrome.q.val().get_bits::<3>(5) == self.nak_class.val()))
                    {
                        self.flush_status.d.next = self.status_success.val();
                        self.step_next.next = RequesterStep::RetireFetch;
                    } else {
                        self.count_event_next.next = true;
                        self.count_which_next.next = self.event_stale.val();
                        self.step_next.next = RequesterStep::Commit;
                    }
                }
            }
            RequesterStep::ReadCheck => {
                // Its payload is delivered or dropped either way.
                self.read_load.next = true;
                self.count_event_next.next = true;
                self.count_which_next.next = self.event_stale.val();
                self.step_next.next = RequesterStep::Commit;
                if self.response_distance.val() == self.zero_psn.val() {
                    if (self.qp_context.val().slot_head != self.qp_context.val().slot_tail)
                        & self.head_is_read.val()
                        & self.response_fits.val()
                        & (bit_cast::<16, 13>(self.response_length.q.val()) == self.expected_response_length.val())
                    {
                        // The expected response: deliver it; it acknowledges everything up to it.
                        self.read_deliver.next = true;
                        self.retiring_read.d.next = true;
                        self.new_unacked.d.next = self.response_psn.q.val() + self.one_psn.val();
                        self.syndrome.d.next = self.syndrome_ack.val();
                        self.flush_status.d.next = self.status_success.val();
                        self.count_event_next.next = false;
                        self.step_next.next = RequesterStep::RetireFetch;
                    } else {
                        // Not what was asked for: the responder is broken; the QP goes to error.
                        self.fail.next = true;
                    }
                } else if (self.response_distance.val() < self.in_flight.val())
                    & !self.head_is_read.val()
                    & !self.implicit_ack.q.val()
                    & (self.qp_context.val().slot_head != self.qp_context.val().slot_tail)
                {
                    // A response to a later READ acknowledges the SENDs and WRITEs before it (the
                    // responder may leave their ACK to it): retire them, then check it again.
                    self.read_busy.next = false;
                    self.implicit_ack.d.next = true;
                    self.recheck.d.next = true;
                    self.new_unacked.d.next = self.response_psn.q.val();
                    self.syndrome.d.next = self.syndrome_ack.val();
                    self.flush_status.d.next = self.status_success.val();
                    self.count_event_next.next = false;
                    self.step_next.next = RequesterStep::RetireFetch;
                } else if (self.response_distance.val() < self.in_flight.val()) & !self.qp_context.val().read_rewound {
                    // A response went missing: ask again from the oldest unacknowledged PSN, once per READ.
                    self.qp_context_next.next.read_rewound = true;
                    self.go_back.next = true;
                    self.count_which_next.next = self.event_sequence.val();
                }
            }
            RequesterStep::RetireFetch => {
                // The message read address is the head slot (the default).
                self.step_next.next = RequesterStep::RetireCheck;
            }
            RequesterStep::RetireCheck => {
                if self.head_retires.val() {
                    if self.completion_free.val() {
                        self.complete.next = true;
                        // After the first, flushed messages are just flushed.
                        if self.flush_all.q.val() {
                            self.flush_status.d.next = self.status_flushed.val();
                        }
                        self.count_completed.next = !self.flush_all.q.val();
                        self.qp_context_next.next.slot_head = self.qp_context.val().slot_head + self.one_slot.val();
                        if self.head_is_read.val() {
                            self.qp_context_next.next.read_rewound = false;
                        }
                        self.qp_context_next.next.ring_release = self.head.val().ring_start + self.message_words.val();
                        self.admit_unblock.next = true;
                        self.step_next.next = RequesterStep::RetireWait;
                    }
                } else if self.head_is_read.val()
                    & !self.retiring_read.q.val()
                    & !self.flush_all.q.val()
                    & (self.qp_context.val().slot_head != self.qp_context.val().slot_tail)
                    & (self.past_head_first.val() != self.zero_psn.val())
                    & !self.past_head_first.val().get_bit(23)
                {
                    // An ACK cannot complete a READ, nor pass any of its PSNs (only its responses
                    // can): acknowledge up to it, or, when some of its responses are in, no
                    // further than they are. (A response to this READ after a lost one acknowledges
                    // the WRITEs before it, but not the READ's own first PSNs.)
                    self.new_unacked.d.next = self.head.val().first_psn;
                    if self.unacked_into_head.val() < self.psn_half.val() {
                        self.new_unacked.d.next = self.qp_context.val().unacked_psn;
                    }
                    self.step_next.next = RequesterStep::Apply;
                } else if self.flush_all.q.val() {
                    // Flushed: an error QP holds nothing.
                    self.qp_context_next.next.slot_send = self.qp_context.val().slot_head;
                    self.qp_context_next.next.send_psn = self.qp_context.val().published_psn;
                    self.qp_context_next.next.unacked_psn = self.qp_context.val().published_psn;
                    self.qp_context_next.next.sent_limit = self.qp_context.val().published_psn;
                    self.qp_context_next.next.ring_release = self.qp_context.val().ring_write;
                    self.step_next.next = RequesterStep::Commit;
                } else {
                    self.step_next.next = RequesterStep::Apply;
                }
            }
            RequesterStep::RetireWait => {
                self.step_next.next = RequesterStep::RetireFetch;
            }
            RequesterStep::Apply => {
                // Only an ACK/NAK gets here: everything before `new_unacked` is retired.
                self.step_next.next = RequesterStep::Commit;
                if self.recheck.q.val() {
                    // The READ Response that acknowledged them is checked again (once).
                    self.recheck.d.next = false;
                    self.step_next.next = RequesterStep::Respond;
                }
                if self.new_unacked.q.val() != self.qp_context.val().unacked_psn {
                    self.qp_context_next.next.retries = self.no_retries.val();
                    self.qp_context_next.next.timer_start = self.now.val();
                }
                self.qp_context_next.next.unacked_psn = self.new_unacked.q.val();
                // Sending behind the acknowledged PSN (after a go-back): skip ahead.
                if self.unacked_past_send.val() < self.psn_half.val() {
                    self.qp_context_next.next.send_psn = self.new_unacked.q.val();
                    self.qp_context_next.next.slot_send = self.qp_context.val().slot_head;
                }
                if self.syndrome.q.val().get_bits::<3>(5) == self.rnr_class.val() {
                    self.qp_context_next.next.send_psn = self.new_unacked.q.val();
                    self.qp_context_next.next.slot_send = self.qp_context.val().slot_head;
                    self.qp_context_next.next.rnr_hold = true;
                    self.qp_context_next.next.timer_start = self.now.val();
                    self.count_event_next.next = true;
                    self.count_which_next.next = self.event_rnr.val();
                }
                if self.syndrome.q.val().get_bits::<3>(5) == self.nak_class.val() {
                    self.count_event_next.next = true;
                    if self.syndrome.q.val() == self.syndrome_sequence.val() {
                        self.go_back.next = true;
                        self.go_back_psn.next = self.new_unacked.q.val();
                        self.count_which_next.next = self.event_sequence.val();
                    } else {
                        self.fail.next = true;
                    }
                }
            }
            RequesterStep::Timer => {
                self.step_next.next = RequesterStep::Commit;
                if self.qp_context.val().enabled
                    & !self.qp_context.val().error
                    & (self.qp_context.val().rnr_hold | (self.qp_context.val().unacked_psn != self.qp_context.val().sent_limit))
                    & self.expired.val()
                {
                    self.qp_context_next.next.timer_start = self.now.val();
                    if self.qp_context.val().rnr_hold {
                        self.qp_context_next.next.rnr_hold = false;
                    } else {
                        self.go_back.next = true;
                        self.qp_context_next.next.read_rewound = false;
                        self.new_unacked.d.next = self.qp_context.val().unacked_psn;
                        self.count_event_next.next = true;
                        self.count_which_next.next = self.event_timeout.val();
                    }
                }
            }
            _ => {}
        }

        // Going back (a sequence NAK, a lost READ Response, a timeout); too many retries without
        // progress put the QP in error.
        if self.go_back.val() {
            self.qp_context_next.next.send_psn = self.go_back_psn.val();
            self.qp_context_next.next.slot_send = self.qp_context.val().slot_head;
            self.qp_context_next.next.retries = self.retries_next.val();
            self.qp_context_next.next.timer_start = self.now.val();
            if self.retries_next.val() > self.qp_context.val().retry_limit {
                self.fail.next = true;
                self.fail_status.next = self.status_retry.val();
                self.fail_event.next = self.event_retry.val();
            }
        }
        // An error: every message of the QP is flushed, the first with `fail_status`.
        if self.fail.val() {
            self.qp_context_next.next.error = true;
            self.flush_all.d.next = true;
            self.flush_status.d.next = self.fail_status.val();
            self.count_which_next.next = self.fail_event.val();
            self.step_next.next = RequesterStep::RetireFetch;
        }
    }
}
