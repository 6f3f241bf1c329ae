//! Bundles: the contracts that repeat between blocks, as rust-hdl `LogicInterface`s. Each comes as
//! a pair whose halves `join` (one block's outputs to the other's inputs) and `link` to a parent's
//! port of the same kind, so a connection is one line, however many signals it carries. In Verilog
//! a bundle's signals are flat ports named by path (`c0$work$valid`); the Verilator bindings turn
//! `$` into `_` (`c0_work_valid`).

pub mod connector_counters;
pub mod controller_links;
pub mod link_message;
pub mod roce_counters;
pub mod stream;
pub mod work_request;
