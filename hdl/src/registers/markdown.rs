//! `docs/registers.md`, generated from the register map (`nicctl regs --markdown`).

use super::map::{MAP, MAP_VERSION};
use std::fmt::Write as _;

pub fn markdown() -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# Register map\n");
    let _ = writeln!(
        out,
        "Generated from `hdl/src/registers/map.rs` by `cargo run -p nicctl -- regs --markdown > docs/registers.md`; \
         a test fails when this file is stale. Map version {}.{}.\n",
        MAP_VERSION >> 16,
        MAP_VERSION & 0xffff
    );
    let _ = writeln!(out, "Word addresses on the internal bus (16 bits); every register is 32 bits. The UART frame format is in docs/register-bridge.md.\n");
    for block in MAP {
        let _ = writeln!(out, "## `{}` at 0x{:04x}\n\n{}\n", block.name, block.base, block.doc);
        let _ = writeln!(out, "| address | register | access | reset | description |\n|---|---|---|---|---|");
        for r in block.registers {
            let _ = writeln!(out, "| 0x{:04x} | `{}` | {} | 0x{:08x} | {} |", block.base + r.offset, r.name, r.access.short(), r.reset, r.doc);
        }
        for r in block.registers.iter().filter(|r| !r.fields.is_empty()) {
            let _ = writeln!(out, "\n`{}.{}` fields:\n\n| bits | field | description |\n|---|---|---|", block.name, r.name);
            for f in r.fields {
                let bits = if f.width == 1 { f.lsb.to_string() } else { format!("{}:{}", f.lsb + f.width - 1, f.lsb) };
                let _ = writeln!(out, "| {bits} | `{}` | {} |", f.name, f.doc);
            }
        }
        out.push('\n');
    }
    out
}
