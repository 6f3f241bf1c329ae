//! A fixed linear map over GF(2): every output bit is the XOR of a chosen set of input bits.
//!
//! Parallel CRC logic is such a map, and `#[hdl_gen]` cannot express one that is computed at
//! elaboration time, so this block is written out from its rows: the Rust simulation evaluates
//! the rows, and the Verilog is one XOR expression per output bit (synthesis balances the trees).
//! An output with no inputs is constant zero; with one input it is a wire (a permutation).

use rust_hdl::prelude::*;
use std::fmt::Write as _;

#[derive(LogicBlock)]
pub struct XorNetwork<const IN: usize, const OUT: usize> {
    pub data_in: Signal<In, Bits<IN>>,
    pub data_out: Signal<Out, Bits<OUT>>,
    /// `rows[j]`: the input bits whose XOR is output bit `j`.
    _rows: Vec<Vec<usize>>,
}

impl<const IN: usize, const OUT: usize> XorNetwork<IN, OUT> {
    pub fn new(rows: Vec<Vec<usize>>) -> Self {
        assert_eq!(rows.len(), OUT, "one row per output bit");
        assert!(rows.iter().flatten().all(|&i| i < IN), "row refers to a missing input bit");
        Self { data_in: Default::default(), data_out: Default::default(), _rows: rows }
    }

    /// Output byte `j` is input byte `order[j]`.
    pub fn byte_permutation(order: [usize; 8]) -> Self {
        Self::new((0..OUT).map(|bit| vec![order[bit / 8] * 8 + bit % 8]).collect())
    }
}

impl<const IN: usize, const OUT: usize> Logic for XorNetwork<IN, OUT> {
    fn update(&mut self) {
        let input = self.data_in.val();
        let mut output = Bits::<OUT>::default();
        for (j, row) in self._rows.iter().enumerate() {
            let bit = row.iter().fold(false, |acc, &i| acc ^ input.get_bit(i));
            output = output.replace_bit(j, bit);
        }
        self.data_out.next = output;
    }

    fn connect(&mut self) {
        self.data_out.connect();
    }

    fn hdl(&self) -> Verilog {
        let mut code = String::from("always @(*) begin\n");
        for (j, row) in self._rows.iter().enumerate() {
            let terms: Vec<String> = row.iter().map(|i| format!("data_in[{i}]")).collect();
            let expr = if terms.is_empty() { "1'b0".to_string() } else { terms.join(" ^ ") };
            let _ = writeln!(code, "    data_out[{j}] = {expr};");
        }
        code.push_str("end\n");
        Verilog::Custom(code)
    }
}
