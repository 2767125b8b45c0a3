"""Web services (spyne SOAP/JSON) and the steward tool (Flask): later issues."""
