//! The `roce` register block (`registers::map::ROCE`) on the control plane's external bus port:
//! the NIC core's transport counters. Three of them are counter banks in block RAM (the parser's
//! by verdict, the responder's by outcome, the requester's by event): a read names the bank's
//! index in cycle t and the bank's value is passed through in t+1, with the registered `ack`.
//! The others are registers of the core, answered in t+1 as well. The block is read-only; an
//! offset between the groups is not mapped (a bus error).

use crate::bundles::roce_counters::RoceCountersIn;
use crate::constant::constant;
use crate::counters::COUNTER_INDEX_BITS;
use crate::registers::map::ROCE;
use rust_hdl::prelude::*;

/// The first and last offsets of a counter bank's counters.
fn bank_offsets(prefixes: &[&str]) -> (u64, u64) {
    let offsets: Vec<u64> = ROCE.registers.iter().filter(|r| prefixes.iter().any(|p| r.name.starts_with(p))).map(|r| r.offset as u64).collect();
    let (first, last) = (*offsets.iter().min().unwrap(), *offsets.iter().max().unwrap());
    assert!(first % (1 << COUNTER_INDEX_BITS) == 0 && last - first < 1 << COUNTER_INDEX_BITS, "{prefixes:?}: a bank's counters are its index");
    (first, last)
}

#[derive(LogicBlock)]
pub struct RoceRegisters<const QPS: usize> {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus_request: Signal<In, Bit>,
    pub bus_address: Signal<In, Bits<16>>,
    pub bus_ack: Signal<Out, Bit>,
    pub bus_read_data: Signal<Out, Bits<32>>,
    /// The core's counters.
    pub core: RoceCountersIn<QPS>,
    ack: DFF<Bit>,
    read_data: DFF<Bits<32>>,
    /// Which bank the answer in flight comes from.
    parser_read: DFF<Bit>,
    responder_read: DFF<Bit>,
    requester_read: DFF<Bit>,
    offset: Signal<Local, Bits<16>>,
    selected: Signal<Local, Bit>,
    in_parser_bank: Signal<Local, Bit>,
    in_responder_bank: Signal<Local, Bit>,
    in_requester_bank: Signal<Local, Bit>,
    block_base: Constant<Bits<16>>,
    block_mask: Constant<Bits<16>>,
    /// An offset's bank: all but its index bits.
    bank_mask: Constant<Bits<16>>,
    no_data: Constant<Bits<32>>,
    parser_first: Constant<Bits<16>>,
    parser_last: Constant<Bits<16>>,
    responder_first: Constant<Bits<16>>,
    responder_last: Constant<Bits<16>>,
    requester_first: Constant<Bits<16>>,
    requester_last: Constant<Bits<16>>,
    at_rx_unknown_qp: Constant<Bits<16>>,
    at_rx_not_served: Constant<Bits<16>>,
    at_acks_sent: Constant<Bits<16>>,
    at_requests_sent: Constant<Bits<16>>,
    at_work_requests_failed: Constant<Bits<16>>,
    at_tx_frames: Constant<Bits<16>>,
    at_tx_bad_descriptors: Constant<Bits<16>>,
    at_tx_payload_mismatches: Constant<Bits<16>>,
    at_qp_error: Constant<Bits<16>>,
}

impl<const QPS: usize> Default for RoceRegisters<QPS> {
    fn default() -> Self {
        assert!(QPS <= 32, "QP_ERROR holds 32 QPs");
        let at = |name: &str| constant(ROCE.register(name).offset as u64);
        let (parser_first, parser_last) = bank_offsets(&["RX_ACCEPTED", "RX_DROPPED_"]);
        let (responder_first, responder_last) = bank_offsets(&["RESPONDER_"]);
        let (requester_first, requester_last) = bank_offsets(&["REQUESTER_"]);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus_request: Default::default(),
            bus_address: Default::default(),
            bus_ack: Default::default(),
            bus_read_data: Default::default(),
            core: Default::default(),
            ack: Default::default(),
            read_data: Default::default(),
            parser_read: Default::default(),
            responder_read: Default::default(),
            requester_read: Default::default(),
            offset: Default::default(),
            selected: Default::default(),
            in_parser_bank: Default::default(),
            in_responder_bank: Default::default(),
            in_requester_bank: Default::default(),
            block_base: constant(ROCE.base as u64),
            block_mask: constant(0xFF00),
            bank_mask: constant(0xFFFF & !((1 << COUNTER_INDEX_BITS) - 1)),
            no_data: constant(0),
            parser_first: constant(parser_first),
            parser_last: constant(parser_last),
            responder_first: constant(responder_first),
            responder_last: constant(responder_last),
            requester_first: constant(requester_first),
            requester_last: constant(requester_last),
            at_rx_unknown_qp: at("RX_UNKNOWN_QP"),
            at_rx_not_served: at("RX_NOT_SERVED"),
            at_acks_sent: at("ACKS_SENT"),
            at_requests_sent: at("REQUESTS_SENT"),
            at_work_requests_failed: at("WORK_REQUESTS_FAILED"),
            at_tx_frames: at("TX_FRAMES"),
            at_tx_bad_descriptors: at("TX_BAD_DESCRIPTORS"),
            at_tx_payload_mismatches: at("TX_PAYLOAD_MISMATCHES"),
            at_qp_error: at("QP_ERROR"),
        }
    }
}

impl<const QPS: usize> Logic for RoceRegisters<QPS> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ack, read_data, parser_read, responder_read, requester_read);
        self.offset.next = self.bus_address.val() & !self.block_mask.val();
        self.selected.next = self.bus_request.val() & ((self.bus_address.val() & self.block_mask.val()) == self.block_base.val());
        // A bank's counter is its offset's low bits.
        self.core.rx_stat_index.next = self.bus_address.val().get_bits::<COUNTER_INDEX_BITS>(0);
        self.core.responder_counter_index.next = self.bus_address.val().get_bits::<COUNTER_INDEX_BITS>(0);
        self.core.requester_counter_index.next = self.bus_address.val().get_bits::<COUNTER_INDEX_BITS>(0);
        self.in_parser_bank.next = ((self.offset.val() & self.bank_mask.val()) == self.parser_first.val()) & (self.offset.val() <= self.parser_last.val());
        self.in_responder_bank.next = ((self.offset.val() & self.bank_mask.val()) == self.responder_first.val()) & (self.offset.val() <= self.responder_last.val());
        self.in_requester_bank.next = ((self.offset.val() & self.bank_mask.val()) == self.requester_first.val()) & (self.offset.val() <= self.requester_last.val());
        self.parser_read.d.next = self.selected.val() & self.in_parser_bank.val();
        self.responder_read.d.next = self.selected.val() & self.in_responder_bank.val();
        self.requester_read.d.next = self.selected.val() & self.in_requester_bank.val();
        self.ack.d.next = self.selected.val() & (self.in_parser_bank.val() | self.in_responder_bank.val() | self.in_requester_bank.val());
        self.read_data.d.next = self.no_data.val();
        if self.selected.val() {
            if self.offset.val() == self.at_rx_unknown_qp.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.rx_unknown_qp.val();
            } else if self.offset.val() == self.at_rx_not_served.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.rx_not_served.val();
            } else if self.offset.val() == self.at_acks_sent.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.acks_sent.val();
            } else if self.offset.val() == self.at_requests_sent.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.requests_sent.val();
            } else if self.offset.val() == self.at_work_requests_failed.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.work_requests_failed.val();
            } else if self.offset.val() == self.at_tx_frames.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.tx_frames.val();
            } else if self.offset.val() == self.at_tx_bad_descriptors.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.tx_bad_descriptors.val();
            } else if self.offset.val() == self.at_tx_payload_mismatches.val() {
                self.ack.d.next = true;
                self.read_data.d.next = self.core.tx_payload_mismatches.val();
            } else if self.offset.val() == self.at_qp_error.val() {
                self.ack.d.next = true;
                self.read_data.d.next = bit_cast::<32, QPS>(self.core.qp_error.val());
            }
        }
        self.bus_ack.next = self.ack.q.val();
        self.bus_read_data.next = self.read_data.q.val();
        if self.parser_read.q.val() {
            self.bus_read_data.next = self.core.rx_stat_value.val();
        }
        if self.responder_read.q.val() {
            self.bus_read_data.next = self.core.responder_counter_value.val();
        }
        if self.requester_read.q.val() {
            self.bus_read_data.next = self.core.requester_counter_value.val();
        }
        if self.reset.val() {
            self.ack.d.next = false;
            self.parser_read.d.next = false;
            self.responder_read.d.next = false;
            self.requester_read.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::registers::map::ROCE;
    use crate::roce::rc::{RequesterEvent, ResponderOutcome};
    use crate::roce::wire::{DropCause, VERDICT_ACCEPTED};

    /// The map names each bank's counters after the codes the blocks count them by.
    #[test]
    fn each_bank_counter_sits_at_its_code() {
        assert_eq!(ROCE.register("RX_ACCEPTED").offset, VERDICT_ACCEPTED as u16);
        for cause in DropCause::ALL {
            assert_eq!(ROCE.register(&format!("RX_DROPPED_{}", cause.name().to_uppercase())).offset, cause.code() as u16, "{cause:?}");
        }
        for outcome in ResponderOutcome::ALL {
            assert_eq!(ROCE.register(&format!("RESPONDER_{}", outcome.name().to_uppercase())).offset, 0x20 + outcome.code() as u16, "{outcome:?}");
        }
        for event in RequesterEvent::ALL {
            assert_eq!(ROCE.register(&format!("REQUESTER_{}", event.name().to_uppercase())).offset, 0x40 + event.code() as u16, "{event:?}");
        }
    }
}
