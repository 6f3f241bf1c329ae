//! The designs emitted as Verilog: each one is linted, synthesised, committed under
//! `hdl/verilog/` and verilated by `sim/`. Add a block here when it gets its own testbench.

use crate::emit::{emit, Design, EmitError};
use crate::stream::axis::AxisSkidBuffer;
use crate::stream::skid_buffer::SkidBuffer;
use rust_hdl::prelude::*;

/// Width of the wide register slice: the size class of the parser's header descriptor, and not a
/// multiple of 32 so the bridge's handling of partial words stays exercised.
pub const WIDE_SKID_BITS: usize = 200;

pub type WideSkidBuffer = SkidBuffer<Bits<WIDE_SKID_BITS>>;

/// Every top, in a stable order.
pub fn all() -> Result<Vec<Design>, EmitError> {
    Ok(vec![
        emit("axis_skid_buffer", &mut AxisSkidBuffer::default())?,
        emit("wide_skid_buffer", &mut WideSkidBuffer::default())?,
    ])
}
