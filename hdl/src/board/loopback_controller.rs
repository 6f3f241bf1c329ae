//! The self-test's storage controller: one end of a controller link (docs/controller-link.md) that
//! answers every command at once with a successful completion, so the NIC's whole path — capsule
//! in, `CMD` out, `WQE` back, SEND of the CQE to the host — runs on a board with no controller.
//!
//! Answers, one message at a time, after the message that asked has ended:
//! - `CMD` (replayed or not) → `WQE` SEND of a 16-byte CQE: command ID = the header's tag, SQ head
//!   = commands this controller has taken (this one included, wrapping), SQ ID = the QP index,
//!   status success, DW0 0;
//! - `TAKEOVER` → `TAKEOVER_ACK` for its QP; `FENCE` → `FENCE_ACK`;
//! - `READ_DATA` and anything else: taken, no answer.
//!
//! `nic_sim::board` models it (`loopback_completion`), and the self-test's expected frames come
//! from that model.

use crate::bundles::stream::{StreamIn, StreamOut};
use crate::constant::constant;
use crate::link::message::{MessageType, WqeOp, WQE_DESCRIPTOR_BYTES};
use crate::nvme::capsule::CQE_BYTES;
use rust_hdl::prelude::*;

#[derive(Copy, Clone, Debug, PartialEq, Eq, LogicState)]
pub enum LoopbackStep {
    Receive,
    Complete,
    AcknowledgeTakeover,
    AcknowledgeFence,
}

#[derive(LogicBlock)]
pub struct LoopbackController {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub from_nic: StreamIn,
    pub to_nic: StreamOut,
    /// Commands taken since reset (the SQ head of the last completion).
    pub commands: Signal<Out, Bits<16>>,
    step: DFF<LoopbackStep>,
    /// Inside a message: the next beat is payload, not a header.
    in_message: DFF<Bit>,
    /// The header of the message being taken: type, QP, tag.
    kind: DFF<Bits<8>>,
    qp: DFF<Bits<16>>,
    tag: DFF<Bits<16>>,
    /// The beat of the answer on the link.
    beat: DFF<Bits<3>>,
    taken: DFF<Bits<16>>,
    fire: Signal<Local, Bit>,
    header_kind: Signal<Local, Bits<8>>,
    answer_fire: Signal<Local, Bit>,
    type_command: Constant<Bits<8>>,
    type_takeover: Constant<Bits<8>>,
    type_fence: Constant<Bits<8>>,
    /// Header beat of the completion's `WQE` (type and payload length; QP and tag added).
    wqe_header: Constant<Bits<64>>,
    /// The WQE descriptor's first word: op SEND, length of a CQE.
    wqe_send: Constant<Bits<64>>,
    takeover_ack: Constant<Bits<64>>,
    fence_ack: Constant<Bits<64>>,
    last_beat: Constant<Bits<3>>,
    one_3: Constant<Bits<3>>,
    zero_3: Constant<Bits<3>>,
    one_16: Constant<Bits<16>>,
    zero_16: Constant<Bits<16>>,
    zero_64: Constant<Bits<64>>,
    shift_16: Constant<Bits<64>>,
    shift_32: Constant<Bits<64>>,
    shift_48: Constant<Bits<64>>,
}

impl Default for LoopbackController {
    fn default() -> Self {
        let payload = (WQE_DESCRIPTOR_BYTES + CQE_BYTES) as u64;
        Self {
            clock: Default::default(),
            reset: Default::default(),
            from_nic: Default::default(),
            to_nic: Default::default(),
            commands: Default::default(),
            step: Default::default(),
            in_message: Default::default(),
            kind: Default::default(),
            qp: Default::default(),
            tag: Default::default(),
            beat: Default::default(),
            taken: Default::default(),
            fire: Default::default(),
            header_kind: Default::default(),
            answer_fire: Default::default(),
            type_command: constant(MessageType::Command as u64),
            type_takeover: constant(MessageType::Takeover as u64),
            type_fence: constant(MessageType::Fence as u64),
            wqe_header: constant(MessageType::Wqe as u64 | payload << 32),
            wqe_send: constant(WqeOp::Send as u64 | (CQE_BYTES as u64) << 32),
            takeover_ack: constant(MessageType::TakeoverAck as u64),
            fence_ack: constant(MessageType::FenceAck as u64),
            // Header, three descriptor words, two CQE words.
            last_beat: constant(5),
            one_3: constant(1),
            zero_3: constant(0),
            one_16: constant(1),
            zero_16: constant(0),
            zero_64: constant(0),
            shift_16: constant(16),
            shift_32: constant(32),
            shift_48: constant(48),
        }
    }
}

impl Logic for LoopbackController {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, step, in_message, kind, qp, tag, beat, taken);
        self.commands.next = self.taken.q.val();

        // Take a message; its header's type, QP and tag are kept for the answer.
        self.from_nic.tready.next = self.step.q.val() == LoopbackStep::Receive;
        self.fire.next = self.from_nic.tvalid.val() & (self.step.q.val() == LoopbackStep::Receive);
        self.header_kind.next = self.kind.q.val();
        if !self.in_message.q.val() {
            self.header_kind.next = self.from_nic.tdata.val().get_bits::<8>(0);
        }
        if self.fire.val() {
            self.in_message.d.next = !self.from_nic.tlast.val();
            if !self.in_message.q.val() {
                self.kind.d.next = self.from_nic.tdata.val().get_bits::<8>(0);
                self.qp.d.next = self.from_nic.tdata.val().get_bits::<16>(16);
                self.tag.d.next = self.from_nic.tdata.val().get_bits::<16>(48);
            }
            if self.from_nic.tlast.val() {
                if self.header_kind.val() == self.type_command.val() {
                    self.step.d.next = LoopbackStep::Complete;
                    self.taken.d.next = self.taken.q.val() + self.one_16.val();
                } else if self.header_kind.val() == self.type_takeover.val() {
                    self.step.d.next = LoopbackStep::AcknowledgeTakeover;
                } else if self.header_kind.val() == self.type_fence.val() {
                    self.step.d.next = LoopbackStep::AcknowledgeFence;
                }
            }
        }

        // Answer.
        self.to_nic.tvalid.next = self.step.q.val() != LoopbackStep::Receive;
        self.to_nic.tlast.next = true;
        self.to_nic.tdata.next = self.zero_64.val();
        self.answer_fire.next = self.to_nic.tready.val() & (self.step.q.val() != LoopbackStep::Receive);
        match self.step.q.val() {
            LoopbackStep::Complete => {
                self.to_nic.tlast.next = self.beat.q.val() == self.last_beat.val();
                if self.beat.q.val() == self.zero_3.val() {
                    self.to_nic.tdata.next = self.wqe_header.val()
                        | (bit_cast::<64, 16>(self.qp.q.val()) << self.shift_16.val())
                        | (bit_cast::<64, 16>(self.tag.q.val()) << self.shift_48.val());
                } else if self.beat.q.val() == self.one_3.val() {
                    self.to_nic.tdata.next = self.wqe_send.val();
                } else if self.beat.q.val() == self.last_beat.val() {
                    // CQE bytes 8–15: SQ head, SQ ID, command ID, status (success).
                    self.to_nic.tdata.next = bit_cast::<64, 16>(self.taken.q.val())
                        | (bit_cast::<64, 16>(self.qp.q.val()) << self.shift_16.val())
                        | (bit_cast::<64, 16>(self.tag.q.val()) << self.shift_32.val());
                }
                if self.answer_fire.val() {
                    self.beat.d.next = self.beat.q.val() + self.one_3.val();
                    if self.beat.q.val() == self.last_beat.val() {
                        self.beat.d.next = self.zero_3.val();
                        self.step.d.next = LoopbackStep::Receive;
                    }
                }
            }
            LoopbackStep::AcknowledgeTakeover => {
                self.to_nic.tdata.next = self.takeover_ack.val() | (bit_cast::<64, 16>(self.qp.q.val()) << self.shift_16.val());
                if self.answer_fire.val() {
                    self.step.d.next = LoopbackStep::Receive;
                }
            }
            LoopbackStep::AcknowledgeFence => {
                self.to_nic.tdata.next = self.fence_ack.val();
                if self.answer_fire.val() {
                    self.step.d.next = LoopbackStep::Receive;
                }
            }
            _ => {}
        }

        if self.reset.val() {
            self.step.d.next = LoopbackStep::Receive;
            self.in_message.d.next = false;
            self.beat.d.next = self.zero_3.val();
            self.taken.d.next = self.zero_16.val();
        }
    }
}
