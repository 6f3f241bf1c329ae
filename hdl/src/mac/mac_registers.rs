//! The `mac` register block (`registers::map::MAC`) on the control plane's external bus port:
//! the MAC's counters by cause. Each counter lives in the clock domain of what it counts
//! (`EthernetMac`), so the receive and transmit line counters reach the bus through a
//! [`CounterCrossing`] each. A request in cycle t is answered in t+1 (`ack` registered).

use crate::constant::constant;
use crate::counter_crossing::CounterCrossing;
use crate::registers::map::MAC;
use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct MacRegisters {
    /// The bus's (and the core's) domain.
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub bus_request: Signal<In, Bit>,
    /// Read-only: a write is acknowledged like a read and changes nothing, so the block takes
    /// no write data.
    pub bus_address: Signal<In, Bits<16>>,
    pub bus_ack: Signal<Out, Bit>,
    pub bus_read_data: Signal<Out, Bits<32>>,
    /// The MAC's counters, in their own domains: the receive line's ...
    pub rx_clock: Signal<In, Clock>,
    pub rx_frames: Signal<In, Bits<32>>,
    pub rx_phy_errors: Signal<In, Bits<32>>,
    pub rx_runts: Signal<In, Bits<32>>,
    pub rx_oversize: Signal<In, Bits<32>>,
    pub rx_fcs_errors: Signal<In, Bits<32>>,
    pub rx_framing_errors: Signal<In, Bits<32>>,
    pub rx_overflows: Signal<In, Bits<32>>,
    /// ... the transmit line's ...
    pub tx_clock: Signal<In, Clock>,
    pub tx_frames: Signal<In, Bits<32>>,
    pub tx_underruns: Signal<In, Bits<32>>,
    /// ... and the core's.
    pub tx_oversize: Signal<In, Bits<32>>,
    rx_frames_seen: CounterCrossing,
    rx_phy_errors_seen: CounterCrossing,
    rx_runts_seen: CounterCrossing,
    rx_oversize_seen: CounterCrossing,
    rx_fcs_errors_seen: CounterCrossing,
    rx_framing_errors_seen: CounterCrossing,
    rx_overflows_seen: CounterCrossing,
    tx_frames_seen: CounterCrossing,
    tx_underruns_seen: CounterCrossing,
    ack: DFF<Bit>,
    read_data: DFF<Bits<32>>,
    offset: Signal<Local, Bits<16>>,
    selected: Signal<Local, Bit>,
    block_base: Constant<Bits<16>>,
    block_mask: Constant<Bits<16>>,
    no_data: Constant<Bits<32>>,
    at_rx_frames: Constant<Bits<16>>,
    at_rx_phy_errors: Constant<Bits<16>>,
    at_rx_runts: Constant<Bits<16>>,
    at_rx_oversize: Constant<Bits<16>>,
    at_rx_fcs_errors: Constant<Bits<16>>,
    at_rx_framing_errors: Constant<Bits<16>>,
    at_rx_overflows: Constant<Bits<16>>,
    at_tx_frames: Constant<Bits<16>>,
    at_tx_underruns: Constant<Bits<16>>,
    at_tx_oversize: Constant<Bits<16>>,
}

impl Default for MacRegisters {
    fn default() -> Self {
        let at = |name: &str| constant(MAC.register(name).offset as u64);
        Self {
            clock: Default::default(),
            reset: Default::default(),
            bus_request: Default::default(),
            bus_address: Default::default(),
            bus_ack: Default::default(),
            bus_read_data: Default::default(),
            rx_clock: Default::default(),
            rx_frames: Default::default(),
            rx_phy_errors: Default::default(),
            rx_runts: Default::default(),
            rx_oversize: Default::default(),
            rx_fcs_errors: Default::default(),
            rx_framing_errors: Default::default(),
            rx_overflows: Default::default(),
            tx_clock: Default::default(),
            tx_frames: Default::default(),
            tx_underruns: Default::default(),
            tx_oversize: Default::default(),
            rx_frames_seen: Default::default(),
            rx_phy_errors_seen: Default::default(),
            rx_runts_seen: Default::default(),
            rx_oversize_seen: Default::default(),
            rx_fcs_errors_seen: Default::default(),
            rx_framing_errors_seen: Default::default(),
            rx_overflows_seen: Default::default(),
            tx_frames_seen: Default::default(),
            tx_underruns_seen: Default::default(),
            ack: Default::default(),
            read_data: Default::default(),
            offset: Default::default(),
            selected: Default::default(),
            block_base: constant(MAC.base as u64),
            block_mask: constant(0xFF00),
            no_data: constant(0),
            at_rx_frames: at("RX_FRAMES"),
            at_rx_phy_errors: at("RX_PHY_ERRORS"),
            at_rx_runts: at("RX_RUNTS"),
            at_rx_oversize: at("RX_OVERSIZE"),
            at_rx_fcs_errors: at("RX_FCS_ERRORS"),
            at_rx_framing_errors: at("RX_FRAMING_ERRORS"),
            at_rx_overflows: at("RX_OVERFLOWS"),
            at_tx_frames: at("TX_FRAMES"),
            at_tx_underruns: at("TX_UNDERRUNS"),
            at_tx_oversize: at("TX_OVERSIZE"),
        }
    }
}

impl Logic for MacRegisters {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, ack, read_data);
        // Into the bus's domain.
        self.rx_frames_seen.source_clock.next = self.rx_clock.val();
        self.rx_phy_errors_seen.source_clock.next = self.rx_clock.val();
        self.rx_runts_seen.source_clock.next = self.rx_clock.val();
        self.rx_oversize_seen.source_clock.next = self.rx_clock.val();
        self.rx_fcs_errors_seen.source_clock.next = self.rx_clock.val();
        self.rx_framing_errors_seen.source_clock.next = self.rx_clock.val();
        self.rx_overflows_seen.source_clock.next = self.rx_clock.val();
        self.tx_frames_seen.source_clock.next = self.tx_clock.val();
        self.tx_underruns_seen.source_clock.next = self.tx_clock.val();
        clock!(self, clock, rx_frames_seen, rx_phy_errors_seen, rx_runts_seen, rx_oversize_seen, rx_fcs_errors_seen, rx_framing_errors_seen, rx_overflows_seen, tx_frames_seen, tx_underruns_seen);
        self.rx_frames_seen.source_count.next = self.rx_frames.val();
        self.rx_phy_errors_seen.source_count.next = self.rx_phy_errors.val();
        self.rx_runts_seen.source_count.next = self.rx_runts.val();
        self.rx_oversize_seen.source_count.next = self.rx_oversize.val();
        self.rx_fcs_errors_seen.source_count.next = self.rx_fcs_errors.val();
        self.rx_framing_errors_seen.source_count.next = self.rx_framing_errors.val();
        self.rx_overflows_seen.source_count.next = self.rx_overflows.val();
        self.tx_frames_seen.source_count.next = self.tx_frames.val();
        self.tx_underruns_seen.source_count.next = self.tx_underruns.val();

        self.offset.next = self.bus_address.val() & !self.block_mask.val();
        self.selected.next = self.bus_request.val() & ((self.bus_address.val() & self.block_mask.val()) == self.block_base.val());
        self.ack.d.next = false;
        self.read_data.d.next = self.no_data.val();
        if self.selected.val() {
            self.ack.d.next = true;
            if self.offset.val() == self.at_rx_frames.val() {
                self.read_data.d.next = self.rx_frames_seen.count.val();
            } else if self.offset.val() == self.at_rx_phy_errors.val() {
                self.read_data.d.next = self.rx_phy_errors_seen.count.val();
            } else if self.offset.val() == self.at_rx_runts.val() {
                self.read_data.d.next = self.rx_runts_seen.count.val();
            } else if self.offset.val() == self.at_rx_oversize.val() {
                self.read_data.d.next = self.rx_oversize_seen.count.val();
            } else if self.offset.val() == self.at_rx_fcs_errors.val() {
                self.read_data.d.next = self.rx_fcs_errors_seen.count.val();
            } else if self.offset.val() == self.at_rx_framing_errors.val() {
                self.read_data.d.next = self.rx_framing_errors_seen.count.val();
            } else if self.offset.val() == self.at_rx_overflows.val() {
                self.read_data.d.next = self.rx_overflows_seen.count.val();
            } else if self.offset.val() == self.at_tx_frames.val() {
                self.read_data.d.next = self.tx_frames_seen.count.val();
            } else if self.offset.val() == self.at_tx_underruns.val() {
                self.read_data.d.next = self.tx_underruns_seen.count.val();
            } else if self.offset.val() == self.at_tx_oversize.val() {
                self.read_data.d.next = self.tx_oversize.val();
            } else {
                self.ack.d.next = false;
            }
        }
        self.bus_ack.next = self.ack.q.val();
        self.bus_read_data.next = self.read_data.q.val();
        if self.reset.val() {
            self.ack.d.next = false;
        }
    }
}
