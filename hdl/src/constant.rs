//! A `Constant<Bits<N>>` from a number: what a block's `new()` writes for each named constant.

use rust_hdl::prelude::*;

pub fn constant<const N: usize>(value: u64) -> Constant<Bits<N>> {
    Constant::new(value.to_bits())
}
