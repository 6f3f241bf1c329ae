//! ECP5 I/O primitives for RGMII (issue 27): double-data-rate registers and input/output delays,
//! as thin wrappers, each in two forms. `Ecp5` instantiates the vendor primitive (ODDRX1F,
//! IDDRX1F, DELAYG; yosys's `synth_ecp5` knows them, so no declaration is emitted). `Behavioural`
//! is its model for Verilator: the same ports and cycle behaviour, the delay a wire (a zero-delay
//! simulation has no skew to centre).
//!
//! Lattice FPGA-TN-02035 (ECP5 High-Speed I/O Interface): ODDRX1F sends D0 while SCLK is high and
//! D1 while it is low, both taken at the rising edge; IDDRX1F takes D at a rising edge (Q0) and at
//! the falling edge after it (Q1) and presents the pair at the next rising edge. DELAYG adds a
//! fixed delay of DEL_VALUE taps of about 25 ps.

use rust_hdl::prelude::*;

/// Which form of a primitive the Verilog gets.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default)]
pub enum IoModel {
    /// The ECP5 vendor primitive, for the bitstream.
    Ecp5,
    /// A behavioural model, for Verilator.
    #[default]
    Behavioural,
}

/// N double-data-rate output registers: `d_rise` goes out while `clock` is high, `d_fall` while
/// it is low.
#[derive(LogicBlock, Default)]
pub struct DdrOutput<const N: usize> {
    pub clock: Signal<In, Clock>,
    pub d_rise: Signal<In, Bits<N>>,
    pub d_fall: Signal<In, Bits<N>>,
    pub q: Signal<Out, Bits<N>>,
    _model: IoModel,
    _rise_bits: Bits<N>,
    _fall_bits: Bits<N>,
}

impl<const N: usize> DdrOutput<N> {
    pub fn new(model: IoModel) -> Self {
        Self { _model: model, ..Default::default() }
    }
}

impl<const N: usize> Logic for DdrOutput<N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self._rise_bits = self.d_rise.val();
            self._fall_bits = self.d_fall.val();
        }
        self.q.next = if self.clock.val().clk { self._rise_bits } else { self._fall_bits };
    }
    fn connect(&mut self) {
        self.q.connect();
    }
    fn hdl(&self) -> Verilog {
        let code = match self._model {
            IoModel::Ecp5 => (0..N)
                .map(|i| format!("ODDRX1F ddr_{i} (.SCLK(clock), .RST(1'b0), .D0(d_rise[{i}]), .D1(d_fall[{i}]), .Q(q[{i}]));"))
                .collect::<Vec<_>>()
                .join("\n"),
            IoModel::Behavioural => format!(
                "reg [{top}:0] rise_bits;\nreg [{top}:0] fall_bits;\n\
                 always @(posedge clock) begin\n    rise_bits <= d_rise;\n    fall_bits <= d_fall;\nend\n\
                 assign q = clock ? rise_bits : fall_bits;",
                top = N - 1
            ),
        };
        Verilog::Wrapper(Wrapper { code, cores: String::new() })
    }
}

/// N double-data-rate input registers: at each rising edge, `q_rise` is what `d` was at the
/// rising edge before and `q_fall` what it was at the falling edge after that one.
#[derive(LogicBlock, Default)]
pub struct DdrInput<const N: usize> {
    pub clock: Signal<In, Clock>,
    pub d: Signal<In, Bits<N>>,
    pub q_rise: Signal<Out, Bits<N>>,
    pub q_fall: Signal<Out, Bits<N>>,
    _model: IoModel,
    _rise_capture: Bits<N>,
    _fall_capture: Bits<N>,
}

impl<const N: usize> DdrInput<N> {
    pub fn new(model: IoModel) -> Self {
        Self { _model: model, ..Default::default() }
    }
}

impl<const N: usize> Logic for DdrInput<N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self.q_rise.next = self._rise_capture;
            self.q_fall.next = self._fall_capture;
            self._rise_capture = self.d.val();
        }
        if self.clock.neg_edge() {
            self._fall_capture = self.d.val();
        }
    }
    fn connect(&mut self) {
        self.q_rise.connect();
        self.q_fall.connect();
    }
    fn hdl(&self) -> Verilog {
        let code = match self._model {
            IoModel::Ecp5 => (0..N)
                .map(|i| format!("IDDRX1F ddr_{i} (.D(d[{i}]), .SCLK(clock), .RST(1'b0), .Q0(q_rise[{i}]), .Q1(q_fall[{i}]));"))
                .collect::<Vec<_>>()
                .join("\n"),
            IoModel::Behavioural => format!(
                "reg [{top}:0] rise_capture;\nreg [{top}:0] fall_capture;\nreg [{top}:0] rise_out;\nreg [{top}:0] fall_out;\n\
                 always @(negedge clock) fall_capture <= d;\n\
                 always @(posedge clock) begin\n    rise_out <= rise_capture;\n    fall_out <= fall_capture;\n    rise_capture <= d;\nend\n\
                 assign q_rise = rise_out;\nassign q_fall = fall_out;",
                top = N - 1
            ),
        };
        Verilog::Wrapper(Wrapper { code, cores: String::new() })
    }
}

/// N pins through a fixed delay of `taps` × ~25 ps (DELAYG): how RGMII's 2 ns clock-to-data skew
/// is made inside the FPGA.
#[derive(LogicBlock, Default)]
pub struct PinDelay<const N: usize> {
    pub a: Signal<In, Bits<N>>,
    pub z: Signal<Out, Bits<N>>,
    _model: IoModel,
    _taps: u8,
}

impl<const N: usize> PinDelay<N> {
    pub fn new(model: IoModel, taps: u8) -> Self {
        assert!(taps < 128, "DELAYG has 7-bit DEL_VALUE");
        Self { _model: model, _taps: taps, ..Default::default() }
    }
}

impl<const N: usize> Logic for PinDelay<N> {
    fn update(&mut self) {
        self.z.next = self.a.val();
    }
    fn connect(&mut self) {
        self.z.connect();
    }
    fn hdl(&self) -> Verilog {
        let code = match self._model {
            // A one-bit signal is a scalar in rust-hdl's Verilog: no index.
            IoModel::Ecp5 => (0..N)
                .map(|i| {
                    let bit = if N == 1 { String::new() } else { format!("[{i}]") };
                    format!("DELAYG #(.DEL_MODE(\"SCLK_ALIGNED\"), .DEL_VALUE({})) delay_{i} (.A(a{bit}), .Z(z{bit}));", self._taps)
                })
                .collect::<Vec<_>>()
                .join("\n"),
            IoModel::Behavioural => "assign z = a;".to_string(),
        };
        Verilog::Wrapper(Wrapper { code, cores: String::new() })
    }
}

/// The declarations of the ECP5 primitives the board tops instantiate (the ports used; yosys's
/// `synth_ecp5` replaces them with its own cells), emitted once per design so Verilator can
/// lint a top that holds them. It has no ports and no logic.
#[derive(LogicBlock, Default)]
pub struct Ecp5Primitives {}

impl Logic for Ecp5Primitives {
    fn update(&mut self) {}
    fn hdl(&self) -> Verilog {
        Verilog::Wrapper(Wrapper {
            code: String::new(),
            // Empty modules: their inputs are unread, outputs undriven and parameters unused.
            cores: r#"
/* verilator lint_off UNUSEDSIGNAL */
/* verilator lint_off UNDRIVEN */
/* verilator lint_off UNUSEDPARAM */
(* blackbox *)
module ODDRX1F(input SCLK, input RST, input D0, input D1, output Q);
endmodule

(* blackbox *)
module IDDRX1F(input D, input SCLK, input RST, output Q0, output Q1);
endmodule

(* blackbox *)
module DELAYG(input A, output Z);
parameter DEL_MODE = "USER_DEFINED";
parameter DEL_VALUE = 0;
endmodule

(* blackbox *)
module EHXPLLL(input CLKI, input CLKFB, input RST, input STDBY, input PHASESEL0, input PHASESEL1,
    input PHASEDIR, input PHASESTEP, input PHASELOADREG, input PLLWAKESYNC, input ENCLKOP,
    output CLKOP, output CLKOS, output LOCK);
parameter CLKI_DIV = 1;
parameter CLKFB_DIV = 1;
parameter FEEDBK_PATH = "CLKOP";
parameter CLKOP_ENABLE = "ENABLED";
parameter CLKOP_DIV = 8;
parameter CLKOP_CPHASE = 0;
parameter CLKOP_FPHASE = 0;
parameter CLKOS_ENABLE = "DISABLED";
parameter CLKOS_DIV = 8;
parameter CLKOS_CPHASE = 0;
parameter CLKOS_FPHASE = 0;
endmodule
/* verilator lint_on UNUSEDPARAM */
/* verilator lint_on UNDRIVEN */
/* verilator lint_on UNUSEDSIGNAL */
"#
            .to_string(),
        })
    }
}
