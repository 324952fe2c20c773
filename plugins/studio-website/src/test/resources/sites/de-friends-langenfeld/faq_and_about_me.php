<!DOCTYPE html>
<html lang="de">
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>FAQ &amp; Über mich – Friends Tattoo Langenfeld</title>
    <link rel="stylesheet" href="css/style.css">
</head>
<body data-bs-spy="scroll" data-bs-target="#navbar" tabindex="0">
    <div id="preloader"><div id="loader"></div></div>
    <header class="header-wrap">
        <div class="header-logo">
            <a class="site-logo" href="index.php"><img src="images/logo.png" alt="logo"></a>
        </div>
        <nav class="header-nav-wrap">
            <ul id="navbar" class="header-main-nav">
                <li><a href="index.php#home" class="nav-link active">Startseite</a></li>
                <li><a href="index.php#about" class="nav-link">Rezensionen</a></li>
                <li><a href="index.php#gallery" class="nav-link">Galerie</a></li>
                <li><a href="termin.php#contact" class="nav-link">Termin vereinbaren</a></li>
                <li><a href="faq_and_about_me.php#aboutme" class="nav-link">Über mich</a></li>
                <li><a href="faq_and_about_me.php#faq" class="nav-link">Fragen &amp; Antworten</a></li>
            </ul>
            <ul class="header-social">
                <li><a class="social-icon" href="https://www.instagram.com/friends.tattoo" target="_blank"><span class="iconify" data-icon="la:instagram"></span></a></li>
                <li><a class="social-icon" href="https://www.facebook.com/profile.php?id=100089777867514" target="_blank"><span class="iconify" data-icon="la:facebook-f"></span></a></li>
                <li><a class="social-icon" id="whatsapp-link" target="_blank"><span class="iconify" data-icon="la:whatsapp"></span></a></li>
            </ul>
        </nav>
        <a class="header-menu-toggle" href="#"><span>Menu</span></a>
    </header>
<section id="faq" class="gallery-wrap" style="background: #F9F9F9;">
    <div class="container">
        <div class="sec-title">
            <h1 class="h1-google"><span class="h1-stretch">Häufige Fragen (FAQ)</span></h1>
        </div>
        <div class="faq-grid">
            <details class="faq-item">
                <summary>Wie buche ich einen Termin?<span class="arrow">▾</span></summary>
                <div class="faq-answer">
                    Am einfachsten buchst du über unser <a href="/termin.php">Online-Formular</a> oder persönlich im
                    Studio. Für optimale Ergebnisse empfehlen wir ein <b>persönliches Beratungsgespräch</b>, um alle Details
                    zu klären und den passenden Termin zu finden.
                    Für Kund*innen aus größerer Entfernung bieten wir auch <b>Online-Beratungen</b> per Formular
                    oder Instagram-DM an (Motiv, Körperstelle, Größe &amp; 1–3 Referenzbilder angeben).
                </div>
            </details>
            <details class="faq-item">
                <summary>Mit welchen Stilen arbeitet ihr?<span class="arrow">▾</span></summary>
                <div class="faq-answer">
                    Unsere Spezialitäten: <b>Fineline, Black &amp; Gray, Dotwork, Mandala, Single-Needle, Floral und
                        Chicano</b>.
                </div>
            </details>
            <details class="faq-item">
                <summary>Welche Sprachen sprecht ihr?<span class="arrow">▾</span></summary>
                <div class="faq-answer">
                    <b>Ole</b> spricht fließend Deutsch, Englisch, Polnisch, Russisch und Ukrainisch.
                </div>
            </details>
        </div>
    </div>
</section>
<section id="aboutme" class="gallery-wrap">
    <div class="container">
        <div class="sec-title">
            <h1 class="h1-instagram"><span class="h1-stretch">Über mich</span></h1>
        </div>
        <div class="aboutme-photo" style="text-align:center; margin-bottom:20px;">
            <img src="images/background/banner.jpg" alt="Ole – Tattoo Artist" style="width:100%; height:auto; border-radius:8px;">
        </div>
        <p class="aboutme-lead">
            Ich bin <b>Ole</b> und tätowiere seit rund <b>12&nbsp;Jahren</b>.
            Viele fragen mich, wie ich eigentlich zum Tätowieren gekommen bin – und warum ich diesen Weg eingeschlagen
            habe.
        </p>
        <p class="aboutme-lead">
            Ich habe meine eigene Studio-Umgebung geschaffen, weil ich jeden Schritt
            <b>von der Idee bis zur Heilung</b> selbst kontrollieren möchte.
        </p>
        <div class="aboutme-cta d-grid d-sm-flex gap-2">
            <a href="index.php#gallery" class="btn btn-black w-100 w-sm-auto">Portfolio ansehen</a>
            <a href="termin.php" class="btn btn-black w-100 w-sm-auto">Termin anfragen</a>
        </div>
    </div>
</section>
<footer class="main-footer" style="background: #141414;">
    <div class="widgets-section container">
        <div class="row">
            <div class="footer-column col-lg-3 col-md-3 col-sm-12">
                <div class="footer-widget about-widget">
                    <h2 class="h4 text-lightgray">Über Friends Tattoo</h2>
                    <p>Individuelle Tattoos mit Leidenschaft und Präzision – über 3.000 zufriedene Kunden in Langenfeld
                        und Umgebung. Unser Ziel? Nicht nur ein Kunstwerk für die ersten Monate, sondern ein Tattoo, das
                        Ihnen ein Leben lang Freude bereitet.</p>
                    <ul class="contact-info-list">
                        <li><a href="https://www.google.com/maps/place/Friends+Tattoo+Langenfeld" target="_blank"><span class="iconify" data-icon="icomoon-free:location"></span> Hauptstraße 46, 40764 Langenfeld (Rheinland)</a></li>
                        <li><a href="tel:+4917632565824"><span class="iconify" data-icon="icomoon-free:phone"></span> +49 176 32565824</a></li>
                        <li style="white-space: nowrap;"><a href="mailto:friends.langenfeld@gmail.com" style="display: inline-flex; align-items: center; gap: 8px;"><span class="iconify" data-icon="icomoon-free:mail3"></span> friends.langenfeld@gmail.com</a></li>
                    </ul>
                </div>
            </div>
            <div class="footer-column col-lg-3 col-md-3 col-sm-12">
                <div class="footer-widget links-widget">
                    <h2 class="h4 text-lightgray">Menü</h2>
                    <ul class="list-link">
                        <li><a href="index.php#home">Startseite</a></li>
                        <li><a href="index.php#about">Rezensionen</a></li>
                        <li><a href="index.php#gallery">Galerie</a></li>
                        <li><a href="termin.php">Termin vereinbaren</a></li>
                        <li><a href="faq_and_about_me.php#aboutme">Über mich</a></li>
                        <li><a href="faq_and_about_me.php#faq">Fragen &amp; Antworten</a></li>
                    </ul>
                </div>
            </div>
            <div class="footer-column col-lg-3 col-md-3 col-sm-12">
                <div class="footer-widget time-widget">
                    <h2 class="h4 text-lightgray">Öffnungszeiten</h2>
                    <div class="widget-content">
                        <ul class="list">
                            <li><a href="termin.php">Montag / Geschlossen</a></li>
                            <li><a href="termin.php">Dienstag / 11:00–18:00</a></li>
                            <li><a href="termin.php">Mittwoch / 11:00–18:00</a></li>
                            <li><a href="termin.php">Donnerstag / Geschlossen</a></li>
                            <li><a href="termin.php">Freitag / 11:00–18:00</a></li>
                            <li><a href="termin.php">Samstag / 11:00–18:00</a></li>
                            <li><a href="termin.php">Sonntag / Geschlossen</a></li>
                        </ul>
                    </div>
                </div>
            </div>
            <div class="footer-column col-lg-3 col-md-3 col-sm-12">
                <div class="footer-widget cert-widget">
                    <h2 class="h4 text-lightgray">Zertifikate</h2>
                    <div id="listando-badge">
                        <a href="https://www.listando.de/nrw/langenfeld/FJQQfJJxlE/tattoo-studio/friends-tattoo-langenfeld/79oEuJKQ2v" rel="noopener"><img alt="Tätowierer auf Listando" src="https://listando.s3.eu-central-1.amazonaws.com/listando-top-experte-badge/topexperte-schwarz.png" width="130" height="106" /></a>
                    </div>
                </div>
            </div>
        </div>
    </div>
    <div class="footer-bottom">
        <div class="copyright container">© 2025 Friends Tattoo Langenfeld. Alle Rechte vorbehalten.</div>
    </div>
</footer>
<script src="js/jquery-1.11.0.min.js"></script>
<script src="https://code.iconify.design/1/1.0.6/iconify.min.js"></script>
<script src="js/bootstrap.min.js"></script>
<script src="js/script.js"></script>
</body>
</html>
