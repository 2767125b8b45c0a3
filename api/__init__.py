"""Web services (spyne SOAP/JSON) and the steward tool (Flask) (built in later issues; empty until then)."""
