"""National forums and thematic seminars: agendas, speakers, registration and materials."""
