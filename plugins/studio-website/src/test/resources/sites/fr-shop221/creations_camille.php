<!DOCTYPE html>
<html lang="fr">
<head>
    <meta charset="utf-8">
    <link rel="stylesheet" href="css/creations.css" type="text/css">
    <title>Artiste | Camille</title>
</head>
<body id="PageCamille">
    <header>
        <nav class="main-nav" id="nav-menu">
            <a href="index.php"><img src="img/logo.png" alt="Shop 221" /></a>
            <ul>
               <li><a href="index.php#salon">Le salon</a></li>
               <li><a href="index.php#artistes">Artistes &amp; Créations</a></li>
               <li><a href="index.php#hygiene">Hygiène &amp; Soin</a></li>
               <li><a href="index.php#contact">Contact</a></li>
            </ul>
        </nav>
    </header>
    <section class="small bg">
        <h2>Camille</h2>
        <i>Noir &amp; blanc</i>
    </section>
    <section>
        <figure class="main-photo"><img id="mainphoto" src="img/photo_camille_main.png" alt=""></figure>
        <ul class="artistes">
            <a href="creations_fanny.php"><li id="fanny"></li></a>
            <a href="creations_camille.php"><li id="camille"></li></a>
            <a href="creations_yann.php"><li id="yann"></li></a>
            <a href="creations_patrice.php"><li id="patrice"></li></a>
        </ul>
        <div class="powr-facebook-feed" id="94398235_1497254577"></div>
    </section>
    <section class="buttons">
        <div class="container">
            <a target="_blank" href="https://www.facebook.com/LoedemeNoir" class="btn btn-2">En voir plus</a>
        </div>
    </section>
 <footer role="contentinfo">
    <ul id="lien">
      <li id="copyright" style="color:#fff;">© SHOP 221 | Tous droits réservés | 2017</li>
      <li><a id="Conv" href="conventions.php">Conventions &amp; Partenariats</a></li>
      <li><a id="Mentions" href="mentions-legales.php">Mentions légales</a></li>
      <li><a id="faq" href="faq.php">FAQ</a></li>
    </ul>
    <ul class="social">
        <li><a target="_blank" class="facebook" href="https://www.facebook.com/Shop-221-Tattoo-Piercing-171117426261182"></a></li>
        <li><a target="_blank" class="instagram" href="http://www.instagram.com/shop_221_tatoo_piercing"></a></li>
    </ul>
  </footer>
    <script src="//www.powr.io/powr.js" external-type="html"></script>
</body>
</html>
