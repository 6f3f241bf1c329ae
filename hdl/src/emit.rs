//! Verilog emission and the port manifest.
//!
//! The manifest (name, direction and width of every top-level port) is read from rust-hdl's own
//! description of the design by walking it with a [`Probe`], so it can never drift from the
//! Verilog. The Verilator bridge in `sim/` generates its typed bindings from it.

use rust_hdl::core::module_defines::ModuleDefines;
use rust_hdl::prelude::*;
use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Copy, Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PortDirection {
    Input,
    Output,
    Inout,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Port {
    /// The Verilog port name (rust-hdl joins interface fields with `$`).
    pub name: String,
    pub direction: PortDirection,
    pub width: usize,
}

/// One emitted top: its Verilog module (named `module`) and its ports.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Design {
    pub module: String,
    pub ports: Vec<Port>,
    #[serde(skip)]
    pub verilog: String,
}

impl Design {
    pub fn port(&self, name: &str) -> Option<&Port> {
        self.ports.iter().find(|p| p.name == name)
    }

    /// The manifest as pretty JSON (what `nicctl emit` writes next to the Verilog).
    pub fn manifest_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a manifest always serialises") + "\n"
    }
}

#[derive(Debug)]
pub struct EmitError {
    pub module: String,
    pub reason: String,
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot emit Verilog for `{}`: {}", self.module, self.reason)
    }
}

impl std::error::Error for EmitError {}

/// Checks `uut` with rust-hdl's design rules, then emits it as Verilog module `module`.
pub fn emit<B: Block>(module: &str, uut: &mut B) -> Result<Design, EmitError> {
    uut.connect_all();
    check_all(uut).map_err(|e| EmitError { module: module.into(), reason: format!("{e:?}") })?;
    let mut defines = ModuleDefines::default();
    uut.accept(module, &mut defines);
    let verilog = format!(
        "// {module}: generated from RustHDL by nic-hdl. Do not edit; regenerate with\n\
         // `cargo run -p nicctl -- emit --out hdl/verilog`.\n{}",
        defines.defines()
    );
    let mut probe = TopPorts::default();
    uut.accept(module, &mut probe);
    Ok(Design { module: module.into(), ports: probe.ports, verilog })
}

/// Collects the parameters (ports) of the outermost scope only.
#[derive(Default)]
struct TopPorts {
    depth: usize,
    namespace: Vec<String>,
    ports: Vec<Port>,
}

impl Probe for TopPorts {
    fn visit_start_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.depth += 1;
    }

    fn visit_start_namespace(&mut self, name: &str, _node: &dyn Block) {
        if self.depth == 1 {
            self.namespace.push(name.into());
        }
    }

    fn visit_atom(&mut self, name: &str, signal: &dyn Atom) {
        if self.depth != 1 {
            return;
        }
        let direction = match signal.kind() {
            AtomKind::InputParameter => PortDirection::Input,
            AtomKind::OutputParameter | AtomKind::OutputPassthrough => PortDirection::Output,
            AtomKind::InOutParameter => PortDirection::Inout,
            _ => return,
        };
        let name = self.namespace.iter().map(String::as_str).chain([name]).collect::<Vec<_>>().join("$");
        self.ports.push(Port { name, direction, width: signal.bits() });
    }

    fn visit_end_namespace(&mut self, _name: &str, _node: &dyn Block) {
        if self.depth == 1 {
            self.namespace.pop();
        }
    }

    fn visit_end_scope(&mut self, _name: &str, _node: &dyn Block) {
        self.depth -= 1;
    }
}
