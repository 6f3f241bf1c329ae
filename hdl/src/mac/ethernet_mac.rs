//! The gigabit Ethernet MAC on GMII (issue 27): receiver and transmitter on the line side, the
//! core's 64-bit stream on the other, a frame FIFO across each clock crossing.
//!
//! Three clock domains: `rx_clock` (the PHY's receive clock, 125 MHz), `tx_clock` (the board's
//! 125 MHz transmit clock) and `clock` (the core's). Each has its own reset, synchronous to it;
//! the board holds all three while its clocks start.
//!
//! ```text
//!  GMII rx ─ GmiiRx ─ RxWordPacker ─┤ AsyncFrameFifo ├─ m_axis (core)
//!  GMII tx ─ GmiiTx ─ SkidBuffer ─ SkidBuffer ─ TxWordUnpacker ─ PingPongBuffer ─┤ AsyncFrameFifo ├─ s_axis (core)
//! ```
//!
//! The buffers on the transmit side are for timing: the FIFO's block RAM and the pins can be far
//! apart on a full chip. With a register on both sides of every handshake no path runs from one
//! to the other. The word buffer takes the RAM's slow output into flip-flops with no logic on
//! the way and keeps the FIFO's read logic apart from the unpacker's (a word every eight
//! cycles); the two byte buffers cross to the transmitter in two registered hops (each moves a
//! byte a cycle, so line rate holds).
//!
//! Receive: bad frames are aborted in the FIFO at their end, so only good frames reach the core,
//! whole. Transmit: the line side starts a frame only once the FIFO holds all of it (no underrun
//! at line rate); a frame longer than the FIFO could never start, so it is dropped whole and
//! counted as `tx_oversize`.
//!
//! Counters stay in the domain of the event they count (`rx_*` in `rx_clock`, `tx_frames` and
//! `tx_underruns` in `tx_clock`, `tx_oversize` in `clock`).

use super::gmii_rx::GmiiRx;
use super::gmii_tx::{GmiiTx, LineByte};
use super::rx_word_packer::RxWordPacker;
use super::tx_word_unpacker::TxWordUnpacker;
use crate::stream::async_frame_fifo::AsyncFrameFifo;
use crate::stream::axis::FrameWord;
use crate::stream::ping_pong_buffer::PingPongBuffer;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// Each crossing holds 2^8 words (2 KiB): one frame of the largest size (1522 bytes) and the
/// start of the next.
pub const MAC_FIFO_ADDRESS_BITS: usize = 8;
pub type MacFifo = AsyncFrameFifo<FrameWord, MAC_FIFO_ADDRESS_BITS, { MAC_FIFO_ADDRESS_BITS + 1 }>;
/// Bytes in a crossing FIFO: a transmitted frame longer than this is dropped.
pub const MAC_FIFO_BYTES: usize = 8 << MAC_FIFO_ADDRESS_BITS;

#[derive(LogicBlock)]
pub struct EthernetMac {
    /// The core's domain.
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub rx_clock: Signal<In, Clock>,
    pub rx_reset: Signal<In, Bit>,
    pub tx_clock: Signal<In, Clock>,
    pub tx_reset: Signal<In, Bit>,
    pub gmii_rxd: Signal<In, Bits<8>>,
    pub gmii_rx_dv: Signal<In, Bit>,
    pub gmii_rx_er: Signal<In, Bit>,
    pub gmii_txd: Signal<Out, Bits<8>>,
    pub gmii_tx_en: Signal<Out, Bit>,
    pub gmii_tx_er: Signal<Out, Bit>,
    /// Received good frames to the core.
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    /// Frames from the core to send (destination MAC first, no FCS).
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub rx_frames: Signal<Out, Bits<32>>,
    pub rx_phy_errors: Signal<Out, Bits<32>>,
    pub rx_runts: Signal<Out, Bits<32>>,
    pub rx_oversize: Signal<Out, Bits<32>>,
    pub rx_fcs_errors: Signal<Out, Bits<32>>,
    pub rx_framing_errors: Signal<Out, Bits<32>>,
    pub rx_overflows: Signal<Out, Bits<32>>,
    pub tx_frames: Signal<Out, Bits<32>>,
    pub tx_underruns: Signal<Out, Bits<32>>,
    pub tx_oversize: Signal<Out, Bits<32>>,
    receiver: GmiiRx,
    packer: RxWordPacker,
    rx_fifo: MacFifo,
    tx_fifo: MacFifo,
    /// Between the FIFO's read port and the unpacker.
    tx_words: PingPongBuffer<FrameWord>,
    unpacker: TxWordUnpacker,
    tx_bytes: SkidBuffer<LineByte>,
    /// The second hop, by the pins.
    tx_bytes_at_line: SkidBuffer<LineByte>,
    transmitter: GmiiTx,
    /// `tx_reset` one cycle later, for the blocks by the pins (second skid buffer, transmitter):
    /// a register of their own, so the reset's fan-out across the transmit domain is crossed in
    /// two hops (timing). Held for many cycles by the board, so the cycle changes nothing.
    line_reset: DFF<Bit>,
    /// Transmit admission (core domain): the rest of a frame too long for the FIFO is discarded.
    tx_dropping: DFF<Bit>,
    tx_dropped: DFF<Bits<32>>,
    counter_step: Constant<Bits<32>>,
    counter_start: Constant<Bits<32>>,
}

impl Default for EthernetMac {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            reset: Default::default(),
            rx_clock: Default::default(),
            rx_reset: Default::default(),
            tx_clock: Default::default(),
            tx_reset: Default::default(),
            gmii_rxd: Default::default(),
            gmii_rx_dv: Default::default(),
            gmii_rx_er: Default::default(),
            gmii_txd: Default::default(),
            gmii_tx_en: Default::default(),
            gmii_tx_er: Default::default(),
            m_axis_tdata: Default::default(),
            m_axis_tkeep: Default::default(),
            m_axis_tlast: Default::default(),
            m_axis_tvalid: Default::default(),
            m_axis_tready: Default::default(),
            s_axis_tdata: Default::default(),
            s_axis_tkeep: Default::default(),
            s_axis_tlast: Default::default(),
            s_axis_tvalid: Default::default(),
            s_axis_tready: Default::default(),
            rx_frames: Default::default(),
            rx_phy_errors: Default::default(),
            rx_runts: Default::default(),
            rx_oversize: Default::default(),
            rx_fcs_errors: Default::default(),
            rx_framing_errors: Default::default(),
            rx_overflows: Default::default(),
            tx_frames: Default::default(),
            tx_underruns: Default::default(),
            tx_oversize: Default::default(),
            receiver: Default::default(),
            packer: Default::default(),
            rx_fifo: Default::default(),
            tx_fifo: Default::default(),
            tx_words: Default::default(),
            unpacker: Default::default(),
            tx_bytes: Default::default(),
            tx_bytes_at_line: Default::default(),
            transmitter: Default::default(),
            line_reset: Default::default(),
            tx_dropping: Default::default(),
            tx_dropped: Default::default(),
            counter_step: Constant::new(1u64.to_bits()),
            counter_start: Constant::new(0u64.to_bits()),
        }
    }
}

impl Logic for EthernetMac {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, tx_dropping, tx_dropped);

        // Receive: line → packer → FIFO → core.
        self.receiver.clock.next = self.rx_clock.val();
        self.receiver.reset.next = self.rx_reset.val();
        self.receiver.gmii_rxd.next = self.gmii_rxd.val();
        self.receiver.gmii_rx_dv.next = self.gmii_rx_dv.val();
        self.receiver.gmii_rx_er.next = self.gmii_rx_er.val();
        self.packer.clock.next = self.rx_clock.val();
        self.packer.reset.next = self.rx_reset.val();
        self.packer.s_axis_tdata.next = self.receiver.m_axis_tdata.val();
        self.packer.s_axis_tvalid.next = self.receiver.m_axis_tvalid.val();
        self.packer.s_axis_tlast.next = self.receiver.m_axis_tlast.val();
        self.packer.s_axis_tuser.next = self.receiver.m_axis_tuser.val();
        self.rx_fifo.write_clock.next = self.rx_clock.val();
        self.rx_fifo.write_reset.next = self.rx_reset.val();
        self.rx_fifo.in_data.next = self.packer.word.val();
        self.rx_fifo.in_valid.next = self.packer.word_valid.val();
        self.rx_fifo.in_last.next = self.packer.word_last.val();
        self.rx_fifo.in_abort.next = self.packer.abort.val();
        self.packer.word_ready.next = self.rx_fifo.in_ready.val();
        self.rx_fifo.read_clock.next = self.clock.val();
        self.rx_fifo.read_reset.next = self.reset.val();
        self.m_axis_tdata.next = self.rx_fifo.out_data.val().tdata;
        self.m_axis_tkeep.next = self.rx_fifo.out_data.val().tkeep;
        self.m_axis_tlast.next = self.rx_fifo.out_data.val().tlast;
        self.m_axis_tvalid.next = self.rx_fifo.out_valid.val();
        self.rx_fifo.out_ready.next = self.m_axis_tready.val();
        self.rx_frames.next = self.receiver.frames.val();
        self.rx_phy_errors.next = self.receiver.phy_errors.val();
        self.rx_runts.next = self.receiver.runts.val();
        self.rx_oversize.next = self.receiver.oversize.val();
        self.rx_fcs_errors.next = self.receiver.fcs_errors.val();
        self.rx_framing_errors.next = self.receiver.framing_errors.val();
        self.rx_overflows.next = self.packer.overflows.val();

        // Transmit: core → FIFO (whole frames) → unpacker → line.
        self.tx_fifo.write_clock.next = self.clock.val();
        self.tx_fifo.write_reset.next = self.reset.val();
        self.tx_fifo.in_data.next.tdata = self.s_axis_tdata.val();
        self.tx_fifo.in_data.next.tkeep = self.s_axis_tkeep.val();
        self.tx_fifo.in_data.next.tlast = self.s_axis_tlast.val();
        self.tx_fifo.in_valid.next = self.s_axis_tvalid.val() & !self.tx_dropping.q.val();
        self.tx_fifo.in_last.next = self.s_axis_tlast.val();
        self.tx_fifo.in_abort.next = false;
        self.s_axis_tready.next = self.tx_dropping.q.val() | self.tx_fifo.in_ready.val();
        if self.tx_fifo.open_frame_fills_fifo.val() & !self.tx_dropping.q.val() {
            self.tx_fifo.in_abort.next = true;
            self.tx_dropping.d.next = true;
            self.tx_dropped.d.next = self.tx_dropped.q.val() + self.counter_step.val();
        }
        if self.tx_dropping.q.val() & self.s_axis_tvalid.val() & self.s_axis_tlast.val() {
            self.tx_dropping.d.next = false;
        }
        if self.reset.val() {
            self.tx_dropping.d.next = false;
            self.tx_dropped.d.next = self.counter_start.val();
        }
        self.tx_oversize.next = self.tx_dropped.q.val();
        self.tx_fifo.read_clock.next = self.tx_clock.val();
        self.tx_fifo.read_reset.next = self.tx_reset.val();
        self.unpacker.clock.next = self.tx_clock.val();
        self.unpacker.reset.next = self.tx_reset.val();
        self.tx_words.clock.next = self.tx_clock.val();
        self.tx_words.reset.next = self.tx_reset.val();
        self.tx_words.in_data.next = self.tx_fifo.out_data.val();
        self.tx_words.in_valid.next = self.tx_fifo.out_valid.val();
        self.tx_fifo.out_ready.next = self.tx_words.in_ready.val();
        self.unpacker.word.next = self.tx_words.out_data.val();
        self.unpacker.word_valid.next = self.tx_words.out_valid.val();
        self.tx_words.out_ready.next = self.unpacker.word_ready.val();
        self.line_reset.clock.next = self.tx_clock.val();
        self.line_reset.d.next = self.tx_reset.val();
        self.transmitter.clock.next = self.tx_clock.val();
        self.transmitter.reset.next = self.line_reset.q.val();
        self.tx_bytes.clock.next = self.tx_clock.val();
        self.tx_bytes.reset.next = self.tx_reset.val();
        self.tx_bytes.in_data.next.tdata = self.unpacker.m_axis_tdata.val();
        self.tx_bytes.in_data.next.tlast = self.unpacker.m_axis_tlast.val();
        self.tx_bytes.in_valid.next = self.unpacker.m_axis_tvalid.val();
        self.unpacker.m_axis_tready.next = self.tx_bytes.in_ready.val();
        self.tx_bytes_at_line.clock.next = self.tx_clock.val();
        self.tx_bytes_at_line.reset.next = self.line_reset.q.val();
        self.tx_bytes_at_line.in_data.next = self.tx_bytes.out_data.val();
        self.tx_bytes_at_line.in_valid.next = self.tx_bytes.out_valid.val();
        self.tx_bytes.out_ready.next = self.tx_bytes_at_line.in_ready.val();
        self.transmitter.s_axis_tdata.next = self.tx_bytes_at_line.out_data.val().tdata;
        self.transmitter.s_axis_tvalid.next = self.tx_bytes_at_line.out_valid.val();
        self.transmitter.s_axis_tlast.next = self.tx_bytes_at_line.out_data.val().tlast;
        self.tx_bytes_at_line.out_ready.next = self.transmitter.s_axis_tready.val();
        self.gmii_txd.next = self.transmitter.gmii_txd.val();
        self.gmii_tx_en.next = self.transmitter.gmii_tx_en.val();
        self.gmii_tx_er.next = self.transmitter.gmii_tx_er.val();
        self.tx_frames.next = self.transmitter.frames.val();
        self.tx_underruns.next = self.transmitter.underruns.val();
    }
}
