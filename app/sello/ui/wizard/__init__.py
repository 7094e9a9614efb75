"""The first-run setup wizard: its flow (`flow`, no widgets) and one module per page.
The wizard window itself is `sello.ui.setup_wizard.SetupWizard`."""
