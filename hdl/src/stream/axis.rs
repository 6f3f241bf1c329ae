//! The 64-bit AXI-Stream used on the host side (byte 0 of a frame in `tdata[7:0]`), and its
//! register slice with verilog-axis port names.

use super::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// One beat of a 64-bit AXI-Stream, packed so it can travel through generic stream blocks.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct AxisBeat {
    pub tdata: Bits<64>,
    /// One bit per byte of `tdata`; only the last beat of a frame may be partial.
    pub tkeep: Bits<8>,
    pub tlast: Bit,
    /// Error flag (from the MAC on receive, or "discard this frame" downstream).
    pub tuser: Bit,
}

/// One beat of a frame as stored in a ring or a FIFO: a frame needs no `tuser` there.
#[derive(Copy, Clone, Debug, Default, PartialEq, LogicStruct)]
pub struct FrameWord {
    pub tdata: Bits<64>,
    /// One bit per byte from lane 0 up; only the last word of a frame may be partial.
    pub tkeep: Bits<8>,
    pub tlast: Bit,
}

/// A [`SkidBuffer`] for the 64-bit host stream: `s_axis_*` in, `m_axis_*` out.
#[derive(LogicBlock, Default)]
pub struct AxisSkidBuffer {
    pub clock: Signal<In, Clock>,
    pub reset: Signal<In, Bit>,
    pub s_axis_tdata: Signal<In, Bits<64>>,
    pub s_axis_tkeep: Signal<In, Bits<8>>,
    pub s_axis_tlast: Signal<In, Bit>,
    pub s_axis_tuser: Signal<In, Bit>,
    pub s_axis_tvalid: Signal<In, Bit>,
    pub s_axis_tready: Signal<Out, Bit>,
    pub m_axis_tdata: Signal<Out, Bits<64>>,
    pub m_axis_tkeep: Signal<Out, Bits<8>>,
    pub m_axis_tlast: Signal<Out, Bit>,
    pub m_axis_tuser: Signal<Out, Bit>,
    pub m_axis_tvalid: Signal<Out, Bit>,
    pub m_axis_tready: Signal<In, Bit>,
    slice: SkidBuffer<AxisBeat>,
}

impl Logic for AxisSkidBuffer {
    #[hdl_gen]
    fn update(&mut self) {
        self.slice.clock.next = self.clock.val();
        self.slice.reset.next = self.reset.val();
        self.slice.in_data.next.tdata = self.s_axis_tdata.val();
        self.slice.in_data.next.tkeep = self.s_axis_tkeep.val();
        self.slice.in_data.next.tlast = self.s_axis_tlast.val();
        self.slice.in_data.next.tuser = self.s_axis_tuser.val();
        self.slice.in_valid.next = self.s_axis_tvalid.val();
        self.s_axis_tready.next = self.slice.in_ready.val();
        self.m_axis_tdata.next = self.slice.out_data.val().tdata;
        self.m_axis_tkeep.next = self.slice.out_data.val().tkeep;
        self.m_axis_tlast.next = self.slice.out_data.val().tlast;
        self.m_axis_tuser.next = self.slice.out_data.val().tuser;
        self.m_axis_tvalid.next = self.slice.out_valid.val();
        self.slice.out_ready.next = self.m_axis_tready.val();
    }
}
