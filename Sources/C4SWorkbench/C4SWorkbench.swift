// C4SWorkbench
