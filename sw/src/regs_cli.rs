//! `nicctl regs`: the register map, as a table, JSON or the Markdown of docs/registers.md.

use crate::table;
use nic_hdl::registers::map::MAP;

pub fn run(json: bool, markdown: bool) -> Result<(), String> {
    if markdown {
        print!("{}", nic_hdl::registers::markdown::markdown());
        return Ok(());
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&MAP).map_err(|e| e.to_string())?);
        return Ok(());
    }
    let rows: Vec<Vec<String>> = MAP
        .iter()
        .flat_map(|b| {
            b.registers.iter().map(move |r| {
                let fields: Vec<&str> = r.fields.iter().map(|f| f.name).collect();
                vec![format!("0x{:04x}", b.base + r.offset), format!("{}.{}", b.name, r.name), r.access.short().into(), fields.join(",")]
            })
        })
        .collect();
    table::print(&["address", "register", "access", "fields"], &rows);
    Ok(())
}
